import { existsSync, readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';

export interface Case {
  /** Short, stable label: the page's folder name. */
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
const PAGES = resolve('tests/pages');

/**
 * The shared corpus when it sits beside the repository; a user's clone has only the saved pages
 * of the tests. Each case is a folder holding source.html (the folders beside it hold notes).
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
  const cases = foldersIn(PAGES, 'fixtures').map((c) => (c.name === 'seed-article' ? { ...c, set: 'seed' } : c));
  return { source: 'fixtures', root: PAGES, cases };
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

function toCase(name: string, set: string, file: string): Case {
  return { name, set, file, bytes: statSync(file).size };
}
