/**
 * Builds the demo site (with the embed and the stories beside it) once and serves
 * dist/demo for every browser test file.
 */
import { fileURLToPath } from 'node:url';
import type { TestProject } from 'vitest/node';
import { startStaticServer } from '../helpers/staticServer.js';
import { buildDemo } from '../../scripts/build.js';

declare module 'vitest' {
  export interface ProvidedContext {
    demoURL: string;
  }
}

const root = fileURLToPath(new URL('../../', import.meta.url));

export default async function setup(project: TestProject) {
  await buildDemo();
  const server = await startStaticServer(`${root}dist/demo`);
  project.provide('demoURL', server.url);
  return () => server.close();
}
