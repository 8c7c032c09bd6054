import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';

/** What a build is made from: a change to any of these makes an existing build stale. */
const SOURCES = [
  'entrypoints',
  'utils',
  'components',
  'public',
  'assets',
  'wxt.config.ts',
  'package.json',
  'package-lock.json',
];

export function newestSource(): number {
  return Math.max(...SOURCES.map((s) => newestUnder(resolve(s))));
}

/** True when `marker` (a file a build writes) is missing or older than the newest source. */
export function isStale(marker: string): boolean {
  return !existsSync(marker) || statSync(marker).mtimeMs < newestSource();
}

export function npx(args: string[], env: Record<string, string> = {}): void {
  execFileSync('npx', args, { env: { ...process.env, ...env }, stdio: ['ignore', 'ignore', 'inherit'] });
}

export function npmRun(script: string): void {
  execFileSync('npm', ['run', '-s', script], { stdio: ['ignore', 'ignore', 'inherit'] });
}

function newestUnder(path: string): number {
  if (!existsSync(path)) return 0;
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  let newest = 0;
  for (const name of readdirSync(path)) newest = Math.max(newest, newestUnder(join(path, name)));
  return newest;
}
