import { describe, expect, it, vi } from 'vitest';
import { mount, unmount, flushSync } from 'svelte';
import Explainer from '../../src/components/Explainer.svelte';
import { plainText } from '../../src/story/parseMarkup.js';
import { flagship } from '../helpers/flagship.js';

const story = flagship();

describe('<Explainer>', () => {
  it('renders the title and every step text at once, and every source right after the first paint', async () => {
    const target = document.createElement('div');
    document.body.append(target);
    const app = mount(Explainer, { target, props: { story } });
    flushSync();
    const text = target.textContent ?? '';
    expect(text).toContain(story.title);
    for (const step of story.steps) expect(text).toContain(plainText(step.text).slice(0, 60));
    expect(target.querySelectorAll('.step')).toHaveLength(story.steps.length);
    // Below the explainer, out of the first view: drawn after the first paint.
    const endId = `scrollstage-${story.id}-end`;
    expect(target.querySelector(`[id="${endId}"]`)).toBeNull();
    await vi.waitFor(() => {
      flushSync();
      expect(target.querySelector(`[id="${endId}"]`)).not.toBeNull();
    });
    for (const source of story.sources) expect(target.textContent).toContain(source.name);
    expect(target.querySelector(`a.skip`)?.getAttribute('href')).toBe(`#${endId}`);
    expect(target.querySelector('article')?.getAttribute('lang')).toBe(story.lang);
    unmount(app);
    target.remove();
  });

  it('never renders story text as HTML', () => {
    const hostile = flagship();
    hostile.steps[0]!.text = '<img src=x onerror="window.__pwned=1"> *fine*';
    const target = document.createElement('div');
    const app = mount(Explainer, { target, props: { story: hostile } });
    flushSync();
    expect(target.querySelector('img[src="x"]')).toBeNull();
    expect(target.textContent).toContain('<img src=x onerror="window.__pwned=1">');
    unmount(app);
  });
});
