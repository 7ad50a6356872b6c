/**
 * The printable handout: handoutPage written to the work folder (so the photos it names
 * by file URL load), opened in Chromium and printed to PDF on the paper its @page names.
 */
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Story } from '../schema/parseStory.js';
import type { Prepared } from '../core/prepareStory.js';
import type { Chromium } from './chromium.js';
import { handoutPage, type Paper } from './handoutPage.js';

export interface PdfOptions {
  story: Story;
  prepared: Prepared | undefined;
  paper: Paper;
  workDir: string;
  chromium: Chromium;
}

/** The PDF's bytes. */
export async function exportPdf({ story, prepared, paper, workDir, chromium }: PdfOptions): Promise<Buffer> {
  const file = join(workDir, 'handout.html');
  await writeFile(file, handoutPage(story, { paper, prepared }), 'utf8');
  const page = await chromium.newPage(794, 1123);
  await page.goto(pathToFileURL(file).href);
  // Photos in the drawings are SVG <image>s: decoded before printing, as are the fonts.
  await page.evaluate(`Promise.all([...document.querySelectorAll('image')].map((el) => {
    const img = new Image();
    img.src = el.href.baseVal;
    return img.decode().catch(() => {});
  })).then(() => document.fonts.ready).then(() => true)`);
  return page.pdf();
}
