// The explainer's own words in the story's language: a Hebrew story of unit charts and a
// French map story show none of the English ones, on screen or to a screen reader, in the
// browser (chromeLanguage.server.test.ts: from the server); a story's `strings` override wins.
import { describe, expect, it, vi } from 'vitest';
import { mount, unmount, flushSync } from 'svelte';
import Explainer from '../../src/components/Explainer.svelte';
import { parseStory, type Story } from '../../src/schema/parseStory.js';
import { CORE_STRINGS } from '../../src/text/locales.js';
import { englishFragments, fixture, prepared } from './chromeLanguage.helpers.js';

/** What a reader sees and a screen reader says: text, and the labels of elements. */
function readable(root: Element): string {
  const labels = [...root.querySelectorAll('[aria-label],[title],[alt],[aria-roledescription]')].map((el) =>
    ['aria-label', 'title', 'alt', 'aria-roledescription'].map((a) => el.getAttribute(a) ?? '').join(' ')
  );
  const titles = [...root.querySelectorAll('title, desc')].map((el) => el.textContent ?? '');
  return [root.textContent ?? '', ...labels, ...titles].join('\n');
}

async function mounted(story: Story) {
  const target = document.createElement('div');
  document.body.append(target);
  const app = mount(Explainer, { target, props: { story, prepared: await prepared(story) } });
  // Sources and the data table are drawn after the first paint.
  await vi.waitFor(() => {
    flushSync();
    expect(target.querySelector(`[id="scrollstage-${story.id}-end"]`)).not.toBeNull();
  });
  return { target, done: () => (unmount(app), target.remove()) };
}

describe.each([
  ['he-election.json', 'Hebrew unit charts'],
  ['fr-marathon.json', 'a French map']
])('%s (%s)', (file) => {
  const story = parseStory(fixture(file));
  const english = englishFragments(story);

  it('has English chrome to look for', () => {
    expect(english.length).toBeGreaterThan(10);
  });

  it('shows none of it in the browser', async () => {
    const { target, done } = await mounted(story);
    const text = readable(target);
    expect(english.filter((fragment) => text.includes(fragment))).toEqual([]);
    done();
  });
});

describe('a story’s own words', () => {
  it('win over the built-in ones, core and graphic alike', async () => {
    const json = fixture('he-election.json');
    json.strings = { viewData: 'לכל הנתונים', 'unit-chart.eachUnit': 'כל ריבוע: {unit}' };
    const story = parseStory(json);
    const { target, done } = await mounted(story);
    const text = readable(target);
    expect(text).toContain('לכל הנתונים');
    expect(text).toContain('כל ריבוע: מושב אחד');
    expect(text).not.toContain(CORE_STRINGS.he!.viewData!);
    done();
  });
});
