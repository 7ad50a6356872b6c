/**
 * The embed's analytics events, dispatched on the host element, bubbling and composed so
 * a listener on `document` hears every embed on the page.
 */
export interface EmbedEventDetails {
  'scrollstage:ready': { id: string; steps: number };
  'scrollstage:step': { id: string; index: number; stepId: string; direction: 'down' | 'up' };
  'scrollstage:error': { id: string; message: string };
}

export function emit<K extends keyof EmbedEventDetails>(host: Element, type: K, detail: EmbedEventDetails[K]): void {
  host.dispatchEvent(new CustomEvent(type, { detail, bubbles: true, composed: true }));
}
