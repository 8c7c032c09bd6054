import { describe, expect, it } from 'vitest';
import { foldAliases, type Entry } from '../../../scripts/vocabulary/fold-aliases';

const entry = (canonical: string, aliases: string[], sources: string[]): Entry => ({
  canonical,
  aliases: new Set(aliases),
  sources: new Set(sources),
});
const namesOf = (entries: Map<string, Entry>) =>
  [...entries.values()].map((e) => [e.canonical, ...e.aliases].join('|')).sort();
const PARTS = new Set(['parts']);

describe('foldAliases', () => {
  it('folds a word only a list of name parts gives into the name it shortens', () => {
    const entries = new Map([
      ['Dax Zorblax', entry('Dax Zorblax', ['Zorblax'], ['brands'])],
      ['Zorblax', entry('Zorblax', [], ['parts'])],
    ]);
    foldAliases(entries, PARTS);
    expect(namesOf(entries)).toEqual(['Dax Zorblax|Zorblax']);
  });

  it('keeps a name in its own right apart, and takes it from the longer name', () => {
    const entries = new Map([
      ['Quibble Media', entry('Quibble Media', ['Quibble'], ['brands'])],
      ['Quibble', entry('Quibble', [], ['brands', 'parts'])],
    ]);
    foldAliases(entries, PARTS);
    expect(namesOf(entries)).toEqual(['Quibble', 'Quibble Media']);
  });

  it('leaves an alias two names share to neither', () => {
    const entries = new Map([
      ['Zorblax Air', entry('Zorblax Air', ['Zorblax'], ['brands'])],
      ['Zorblax Media', entry('Zorblax Media', ['Zorblax'], ['brands'])],
    ]);
    foldAliases(entries, PARTS);
    expect(namesOf(entries)).toEqual(['Zorblax Air', 'Zorblax Media']);
  });
});
