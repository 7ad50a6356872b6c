import { describe, expect, it } from 'vitest';
import { rebaseFiles, rebasePath } from '../../../src/authoring/rebaseFiles.js';

describe('rebaseFiles', () => {
  it('rewrites the basemap and media names for the story’s new folder', () => {
    const story = {
      basemap: '../idlib-m5.basemap.json',
      steps: [
        { id: 'a', graphic: { type: 'image', src: 'media/a.jpg?v=2', srcset: [{ src: 'media/a-800.jpg', width: 800 }] } },
        { id: 'b', graphic: { type: 'video', src: 'https://cdn.example.org/v.mp4', poster: 'media/p.jpg', captions: 'media/c.vtt' } },
        { id: 'c' }
      ]
    };
    const out = rebaseFiles(story, '/repo/stories/archieml', '/tmp/out');
    expect(out.basemap).toBe('../../repo/stories/idlib-m5.basemap.json');
    expect(out.steps[0]!.graphic).toMatchObject({ src: '../../repo/stories/archieml/media/a.jpg?v=2', srcset: [{ src: '../../repo/stories/archieml/media/a-800.jpg', width: 800 }] });
    expect(out.steps[1]!.graphic).toMatchObject({ src: 'https://cdn.example.org/v.mp4', poster: '../../repo/stories/archieml/media/p.jpg', captions: '../../repo/stories/archieml/media/c.vtt' });
    // The original is untouched.
    expect(story.basemap).toBe('../idlib-m5.basemap.json');
  });

  it('leaves names alone when the folder does not change, and URLs and absolute paths always', () => {
    const story = { basemap: 'x.json', steps: [{ graphic: { src: '/abs/a.jpg' } }] };
    expect(rebaseFiles(story, 'stories', 'stories/')).toBe(story);
    expect(rebaseFiles(story, 'a', 'b').steps[0]!.graphic.src).toBe('/abs/a.jpg');
    expect(rebasePath('x.json', 'stories/archieml', 'stories')).toBe('archieml/x.json');
  });
});
