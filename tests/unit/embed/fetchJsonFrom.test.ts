import { afterEach, describe, expect, it, vi } from 'vitest';
import { EmbedError, fetchJsonFrom } from '../../../src/embed/loadStory.js';

const json = (body: string, init: ResponseInit = {}) => new Response(body, { headers: { 'content-type': 'application/json' }, ...init });

describe('fetchJsonFrom with a request already on its way (the loader’s early story request)', () => {
  afterEach(() => vi.restoreAllMocks());

  it('reads the early answer and asks nothing again', async () => {
    const fetch = vi.spyOn(globalThis, 'fetch');
    const got = await fetchJsonFrom('https://example.org/story.json', 'story', undefined, 1000, Promise.resolve(json('{"id":"a"}')));
    expect(got.json).toEqual({ id: 'a' });
    expect(fetch).not.toHaveBeenCalled();
  });

  it('keeps the time limit when the early request never answers', async () => {
    const never = new Promise<Response>(() => {});
    await expect(fetchJsonFrom('https://example.org/slow.json', 'story', undefined, 50, never)).rejects.toThrow(
      new EmbedError('the story did not arrive within 0.05 s (https://example.org/slow.json)')
    );
  });

  it('keeps the time limit when the early answer’s body never ends', async () => {
    const body = new ReadableStream({ start: (c) => c.enqueue(new TextEncoder().encode('{"id":')) });
    const early = Promise.resolve(new Response(body, { headers: { 'content-type': 'application/json' } }));
    await expect(fetchJsonFrom('https://example.org/stalled.json', 'story', undefined, 50, early)).rejects.toThrow(/did not arrive within 0.05 s/);
  });

  it('is cancelled with the explainer', async () => {
    const cancel = new AbortController();
    const pending = fetchJsonFrom('https://example.org/story.json', 'story', cancel.signal, 5000, new Promise<Response>(() => {}));
    cancel.abort();
    await expect(pending).rejects.toThrow('loading the story was cancelled');
  });

  it('says what went wrong in the same words as its own request would', async () => {
    const url = 'https://example.org/story.json';
    await expect(fetchJsonFrom(url, 'story', undefined, 1000, Promise.reject(new TypeError('Failed to fetch')))).rejects.toThrow(
      `the story could not be loaded (network error, ${url})`
    );
    await expect(fetchJsonFrom(url, 'story', undefined, 1000, Promise.resolve(json('nope', { status: 404 })))).rejects.toThrow(
      `the story could not be loaded (HTTP 404, ${url})`
    );
    await expect(fetchJsonFrom(url, 'story', undefined, 1000, Promise.resolve(new Response('<html>', { headers: { 'content-type': 'text/html' } })))).rejects.toThrow(
      `the story is not JSON (the server sent text/html, ${url})`
    );
  });
});
