import { describe, expect, it } from 'vitest';
import type { Entry } from '../../../scripts/vocabulary/fold-aliases';
import { isPartOnlyWord, placeNameWords } from '../../../scripts/vocabulary/name-parts';

const entry = (canonical: string, sources: string[]): Entry => ({
  canonical,
  aliases: new Set(),
  sources: new Set(sources),
});
const PARTS = new Set(['parts']);
const isWord = (w: string) => ['micro', 'reinsurance'].includes(w.toLowerCase());

describe('placeNameWords', () => {
  it('gives the capitalised words of places named in several words, not one-word places', () => {
    expect([...placeNameWords(['Port Zorbia', 'Quibbleton', 'Isle of Zorb'])].sort()).toEqual([
      'Isle',
      'Port',
      'Zorb',
      'Zorbia',
    ]);
  });
});

describe('isPartOnlyWord', () => {
  it('marks an English word that only a list of name parts gives', () => {
    expect(isPartOnlyWord(entry('Micro', ['parts']), PARTS, isWord)).toBe(true);
    expect(isPartOnlyWord(entry('Reinsurance', ['parts']), PARTS, isWord)).toBe(true);
  });

  it('leaves a word no dictionary holds, a name another source gives, and a name of several words', () => {
    expect(isPartOnlyWord(entry('Zorblax', ['parts']), PARTS, isWord)).toBe(false);
    expect(isPartOnlyWord(entry('Micro', ['parts', 'brands']), PARTS, isWord)).toBe(false);
    expect(isPartOnlyWord(entry('Micro Reinsurance', ['parts']), PARTS, isWord)).toBe(false);
  });
});
