// The demo article pages: mount the flagship explainer where the page placed its fallback.
// Each page's entry imports only its own edition (main.ts English, main.ar.ts Arabic).
import { mount } from 'svelte';
import { Explainer, parseStory, type StoryInput, type StepEvent } from '../src/index.js';

declare global {
  interface Window {
    /** Every step event the demo saw, for the browser tests and for curious readers. */
    scrollstageDemoSteps: { index: number; stepId: string; direction: string }[];
  }
}

/** `file`: the edition's file name under stories/, from which its basemap is found. */
export function startDemo(edition: unknown, file: string): void {
  window.scrollstageDemoSteps = [];
  const target = document.getElementById('explainer');
  if (!target) return;
  try {
    const story = parseStory(edition as StoryInput);
    target.replaceChildren();
    mount(Explainer, {
      target,
      props: {
        story,
        storyUrl: new URL(`stories/${file}`, document.baseURI).href,
        // For a story without a basemap of its own: the world basemap, under embed/world/.
        assets: new URL('embed/', document.baseURI).href,
        header: false,
        onstep: (event: StepEvent) => {
          window.scrollstageDemoSteps.push(event);
          target.dispatchEvent(new CustomEvent('scrollstage:step', { detail: event, bubbles: true }));
        }
      }
    });
    target.dataset.ready = 'true';
  } catch (error) {
    // The fallback text stays; say what went wrong for the page's developer.
    console.error(error);
  }
}
