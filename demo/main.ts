// The demo article page: mounts the flagship explainer where the page placed its fallback.
import { mount } from 'svelte';
import { Explainer, parseStory, type StoryInput, type StepEvent } from '../src/index.js';
import english from '../stories/idlib-m5.json';
import arabic from '../stories/idlib-m5.ar.json';

declare global {
  interface Window {
    /** Every step event the demo saw, for the browser tests and for curious readers. */
    scrollstageDemoSteps: { index: number; stepId: string; direction: string }[];
  }
}

window.scrollstageDemoSteps = [];
const target = document.getElementById('explainer');
if (target) {
  try {
    // The page's language picks the edition: index.html is English, ar.html Arabic.
    const edition = document.documentElement.lang === 'ar' ? arabic : english;
    const story = parseStory(edition as unknown as StoryInput);
    target.replaceChildren();
    mount(Explainer, {
      target,
      props: {
        story,
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
