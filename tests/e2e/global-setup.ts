import { execFileSync } from 'node:child_process';
import type { TestProject } from 'vitest/node';
import { startServer } from './server';

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
  }
}

/** Builds both browsers' extensions (with the test server's host permission) and serves the pages. */
export default async function setup(project: TestProject) {
  const env = { ...process.env, LEDE_E2E: '1' };
  for (const args of [['build'], ['build', '-b', 'firefox']]) {
    execFileSync('npx', ['wxt', ...args], { env, stdio: ['ignore', 'ignore', 'inherit'] });
  }
  const server = await startServer();
  project.provide('baseUrl', server.url);
  return () => server.close();
}
