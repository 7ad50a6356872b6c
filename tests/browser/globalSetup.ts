/**
 * Builds the demo site once and serves dist/demo for every browser test file.
 */
import { build } from 'vite';
import { fileURLToPath } from 'node:url';
import type { TestProject } from 'vitest/node';
import { startStaticServer } from '../helpers/staticServer.js';

declare module 'vitest' {
  export interface ProvidedContext {
    demoURL: string;
  }
}

const root = fileURLToPath(new URL('../../', import.meta.url));

export default async function setup(project: TestProject) {
  await build({ configFile: `${root}vite.config.ts`, logLevel: 'warn', mode: 'production' });
  const server = await startStaticServer(`${root}dist/demo`);
  project.provide('demoURL', server.url);
  return () => server.close();
}
