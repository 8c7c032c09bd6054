import { execFileSync } from 'node:child_process';
import type { TestProject } from 'vitest/node';
import { startServer } from './server';

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
  }
}

function wxt(args: string[], e2e: boolean): void {
  const env = { ...process.env, ...(e2e ? { LEDE_E2E: '1' } : {}) };
  execFileSync('npx', ['wxt', ...args], { env, stdio: ['ignore', 'ignore', 'inherit'] });
}

/**
 * Builds both browsers' extensions twice: as shipped (checked by the manifest and lint tests)
 * and with the test server's host permission (driven by the browser tests). Then serves the pages.
 */
export default async function setup(project: TestProject) {
  for (const e2e of [false, true]) {
    wxt(['build'], e2e);
    wxt(['build', '-b', 'firefox'], e2e);
  }
  const server = await startServer();
  project.provide('baseUrl', server.url);
  return () => server.close();
}
