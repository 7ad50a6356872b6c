// @vitest-environment node
// Server rendering: the Explainer compiled for the server, as the no-JS fallback gets it.
import { describe, expect, it } from 'vitest';
import { render } from 'svelte/server';
import Explainer from '../../src/components/Explainer.svelte';
import { plainText } from '../../src/story/parseMarkup.js';
import { flagship } from '../helpers/flagship.js';

const story = flagship();

const decode = (html: string) =>
  html
    .replace(/<[^>]+>/g, '')
    .replace(/&#39;/g, "'")
    .replace(/&quot;/g, '"')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');

describe('<Explainer> on the server', () => {
  it('server-renders the title, every step text and a graphic', () => {
    const { body } = render(Explainer, { props: { story } });
    const text = decode(body);
    expect(text).toContain(story.title);
    for (const step of story.steps) expect(text).toContain(plainText(step.text).slice(0, 60));
    expect(body).toContain('<svg');
  });

});
