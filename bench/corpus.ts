import { existsSync, readdirSync, statSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';

export interface Case {
  /** Short, stable label: the folder name for corpus pages, the file name for fixtures. */
  name: string;
  /** Which collection the page comes from: corpus, corpus-body, seed or fixtures. */
  set: string;
  file: string;
  bytes: number;
}

export interface Corpus {
  source: 'shared' | 'fixtures';
  root: string;
  cases: Case[];
}

// LEDE_SHARED points elsewhere, or at nothing to try the fixtures-only run of a user's clone.
const SHARED = resolve(process.env.LEDE_SHARED ?? '../shared');
const FIXTURES = resolve('tests/fixtures');

/**
 * The shared corpus when it sits beside the repository; a user's clone has only the fixtures.
 * Each shared case is a folder holding source.html (the folders beside it hold notes, not pages).
 */
export function findCorpus(): Corpus {
  if (existsSync(join(SHARED, 'corpus'))) {
    const cases = [
      ...foldersIn(join(SHARED, 'corpus'), 'corpus'),
      ...foldersIn(join(SHARED, 'corpus-body'), 'corpus-body'),
      ...foldersIn(join(SHARED, 'fixtures'), 'seed').filter((c) => c.name === 'seed-article'),
    ];
    return { source: 'shared', root: SHARED, cases };
  }
  const cases = htmlFilesUnder(FIXTURES).map((file) => {
    const name = file.endsWith('seed-article/source.html') ? 'seed-article' : basename(file, '.html');
    return toCase(name, name === 'seed-article' ? 'seed' : 'fixtures', file);
  });
  return { source: 'fixtures', root: FIXTURES, cases };
}

export function seedCase(corpus: Corpus): Case {
  const seed = corpus.cases.find((c) => c.set === 'seed');
  if (!seed) throw new Error(`no seed-article/source.html under ${corpus.root}`);
  return seed;
}

function foldersIn(dir: string, set: string): Case[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .sort()
    .map((name) => ({ name, file: join(dir, name, 'source.html') }))
    .filter(({ file }) => existsSync(file))
    .map(({ name, file }) => toCase(name, set, file));
}

function htmlFilesUnder(dir: string): string[] {
  const out: string[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) out.push(...htmlFilesUnder(path));
    else if (entry.name.endsWith('.html')) out.push(path);
  }
  return out;
}

function toCase(name: string, set: string, file: string): Case {
  return { name, set, file, bytes: statSync(file).size };
}
