// @vitest-environment node
// The explainer's own words in the story's language, rendered on a server: see chromeLanguage.test.ts.
import { describe, expect, it } from 'vitest';
import { render } from 'svelte/server';
import Explainer from '../../src/components/Explainer.svelte';
import { parseStory } from '../../src/schema/parseStory.js';
import { englishFragments, fixture, prepared } from './chromeLanguage.helpers.js';

describe.each([
  ['he-election.json', 'Hebrew unit charts'],
  ['fr-marathon.json', 'a French map']
])('%s (%s) on a server', (file) => {
  const story = parseStory(fixture(file));
  const english = englishFragments(story);

  it('renders none of the English chrome', async () => {
    const { body } = render(Explainer, { props: { story, prepared: await prepared(story) } });
    // Text and labels; not the CSS of the snapshot's <style>.
    const text = body.replace(/<style[^>]*>[\s\S]*?<\/style>/g, ' ').replace(/<[^>]+>/g, ' ') + [...body.matchAll(/(?:aria-label|title|alt)="([^"]*)"/g)].map((m) => m[1]).join(' ');
    expect(english.filter((fragment) => text.includes(fragment))).toEqual([]);
  });
});
