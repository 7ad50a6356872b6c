/**
 * How a media component finds the URL of a file its story names: from what `prepare`
 * resolved (the Explainer and the embed provide it), by the path as written. Call while
 * the component initialises.
 */
import { BROWSER } from 'esm-env';
import { hasPreparedProvider, usePrepared } from '../../core/preparedContext.js';
import { mediaUrlIn, type MediaUrls } from './mediaUrls.js';

/**
 * A getter of the function that gives a file's URL. In a browser under a provider that has
 * not prepared the story yet, it gives null: guessing a URL relative to the page would
 * fetch the wrong file, and show a failure that is none. Elsewhere (a server, a component
 * used on its own) a path the story did not resolve stays relative to the page.
 */
export function mediaUrlOf(type: string): () => ((src: string) => string) | null {
  const prepared = usePrepared<MediaUrls>(type);
  const waits = BROWSER && hasPreparedProvider();
  return () => {
    const urls = prepared();
    if (!urls && waits) return null;
    return (src) => mediaUrlIn(urls, src);
  };
}
