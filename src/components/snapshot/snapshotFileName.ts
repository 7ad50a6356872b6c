/**
 * The file a step's snapshot is written to: `step-01-title.svg`, numbered so a folder
 * listing keeps the story's order, named by the step's id (lower-case letters, digits and
 * dashes, so safe in any file system and URL); its phone-size drawing `step-01-title.phone.svg`.
 */
import type { Story } from '../../schema/parseStory.js';

export function snapshotFileName(story: Story, index: number, size: 'phone' | 'wide' = 'wide'): string {
  const digits = Math.max(2, String(story.steps.length).length);
  return `step-${String(index + 1).padStart(digits, '0')}-${story.steps[index]!.id}${size === 'phone' ? '.phone' : ''}.svg`;
}
