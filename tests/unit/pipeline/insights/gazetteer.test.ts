import { describe, expect, it } from 'vitest';
import {
  createGazetteer,
  findKnownNames,
  isNotCompany,
  lookupKnownName,
  matchKnownName,
} from '../../../../utils/pipeline/insights/gazetteer';
import { ORG_WORDS } from '../../../../utils/pipeline/vocabulary';
import companies from '../../../../utils/pipeline/vocabulary/gazetteer/companies.json';

const words = (s: string) => s.split(' ');

describe('createGazetteer (hand-written entries)', () => {
  const g = createGazetteer([
    'Walt Disney|Disney',
    'PG&E|Pacific Gas and Electric',
    'Procter & Gamble|P&G',
    '~Delta Air Lines|~Delta',
    'Delta Electronics',
    '~Apple',
    'Apple Music',
  ]);

  it('maps an alias to its canonical name', () => {
    expect(g.lookup('Disney')).toEqual({ canonical: 'Walt Disney', ambiguous: false });
    expect(g.lookup('Walt Disney Co.')).toEqual({ canonical: 'Walt Disney', ambiguous: false });
    expect(g.lookup('The Walt Disney Company')).toEqual({ canonical: 'Walt Disney', ambiguous: false });
    expect(g.lookup('Pacific Gas & Electric')?.canonical).toBe('PG&E');
  });

  it('keeps "&" inside a name and tolerates "and" or a dropped "&" between words', () => {
    expect(g.lookup('PG&E')?.canonical).toBe('PG&E');
    expect(g.lookup('Procter & Gamble')?.canonical).toBe('Procter & Gamble');
    expect(g.lookup('Procter and Gamble')?.canonical).toBe('Procter & Gamble');
    // The tokenizer leaves no token for a bare "&".
    expect(g.matchAt(['Procter', 'Gamble', 'said'])).toMatchObject({ canonical: 'Procter & Gamble', length: 2 });
    expect(g.matchAt(words('Procter and Gamble said'))).toMatchObject({ length: 3 });
    // "and" is not read into a name that has no "&".
    expect(g.matchAt(words('Apple and Music'))).toMatchObject({ canonical: 'Apple', length: 1 });
  });

  it('tolerates a possessive', () => {
    expect(g.lookup("Disney's")?.canonical).toBe('Walt Disney');
    expect(g.lookup('Procter & Gamble’s')?.canonical).toBe('Procter & Gamble');
    expect(g.matchAt(['Walt', "Disney's", 'parks'])).toMatchObject({ canonical: 'Walt Disney', length: 2 });
  });

  it('finds the longest name, with the ambiguity of the form matched', () => {
    expect(g.matchAt(words('Delta Air Lines flew'))).toEqual({
      canonical: 'Delta Air Lines',
      ambiguous: true,
      start: 0,
      length: 3,
    });
    expect(g.matchAt(words('Delta Electronics said'))).toMatchObject({
      canonical: 'Delta Electronics',
      ambiguous: false,
    });
    expect(g.matchAt(words('Delta said'))).toMatchObject({ canonical: 'Delta Air Lines', ambiguous: true, length: 1 });
    expect(g.matchAt(words('Apple Music grew'))).toMatchObject({ canonical: 'Apple Music', ambiguous: false });
    expect(g.lookup('Apple')).toEqual({ canonical: 'Apple', ambiguous: true });
  });

  it('is case-sensitive and matches whole names only', () => {
    expect(g.lookup('apple')).toBeNull();
    expect(g.lookup('DISNEY')).toBeNull();
    expect(g.lookup('Disney World')).toBeNull();
    expect(g.matchAt(words('Air Lines'))).toBeNull();
  });

  it('finds every name in a sentence', () => {
    const found = g.findAll(words('Shares of Disney and Procter and Gamble rose while Apple fell'));
    expect(found.map((m) => [m.canonical, m.start, m.length])).toEqual([
      ['Walt Disney', 2, 1],
      ['Procter & Gamble', 4, 3],
      ['Apple', 9, 1],
    ]);
  });
});

describe('the generated gazetteer', () => {
  it('knows well-known companies, with "&" kept', () => {
    expect(lookupKnownName('AT&T')).toEqual({ canonical: 'AT&T', ambiguous: false });
    expect(lookupKnownName('Procter & Gamble')?.canonical).toBe('Procter & Gamble');
    expect(lookupKnownName('Johnson and Johnson')?.canonical).toBe('Johnson & Johnson');
    expect(lookupKnownName('Google')).toEqual({ canonical: 'Google', ambiguous: false });
    expect(lookupKnownName("Walmart's")?.canonical).toBe('Walmart');
  });

  it('marks names that are ordinary English words as ambiguous', () => {
    for (const name of ['Apple', 'Target', 'Shell', 'Square', 'Zoom', 'Delta', 'Amazon'])
      expect(lookupKnownName(name), name).toEqual({ canonical: name, ambiguous: true });
  });

  it('has aliases derived from a founder’s name', () => {
    expect(lookupKnownName('Deere')?.canonical).toBe('John Deere');
  });

  it('knows mobile networks by their brands', () => {
    for (const name of ['SoftBank', 'Verizon', 'Safaricom']) expect(lookupKnownName(name), name).not.toBeNull();
    for (const name of ['Sweden 2G', 'West Central', 'No name']) expect(lookupKnownName(name), name).toBeNull();
  });

  it('leaves out places, people, public bodies and bare words', () => {
    for (const name of ['France', 'California', 'Medicaid', 'Harvard University', 'The', 'Bank', 'Airlines'])
      expect(lookupKnownName(name), name).toBeNull();
  });

  it('was generated with the deny words the finder uses', () => {
    const forms = companies.names.flatMap((entry) => entry.split('|')).map((f) => f.replace(/^~/, ''));
    const holding = (list: readonly string[]) => forms.filter((f) => f.split(' ').some((w) => list.includes(w)));
    expect(holding(ORG_WORDS.nonCompanyWords.anyName)).toEqual([]);
    // The finder lets a known name outweigh the other deny words, so the generator keeps names holding them.
    expect(holding(ORG_WORDS.nonCompanyWords.unlessKnown)).toEqual(
      expect.arrayContaining(['Western Union', 'Epic Games', 'Old Navy']),
    );
  });

  it('reads initials written with full stops', () => {
    expect(lookupKnownName('I.B.M.')?.canonical).toBe('IBM');
    expect(lookupKnownName('A.T. & T.')?.canonical).toBe('AT&T');
  });

  it('matches over tokens', () => {
    expect(matchKnownName(words('said AT&T on Monday'), 1)).toMatchObject({ canonical: 'AT&T', start: 1, length: 1 });
    expect(findKnownNames(words('the weather in Paris')).length).toBe(0);
  });
});

describe('isNotCompany', () => {
  it('denies government programmes, bodies, courts, universities and places', () => {
    for (const name of [
      'Medicaid',
      'Medicare',
      'Social Security',
      'Securities and Exchange Commission',
      'SEC',
      'Supreme Court',
      'Harvard University',
      'University of Michigan',
      'Notre Dame',
      'the National Labs',
      'the Federal Reserve',
      'Red Cross',
      'AFL-CIO',
      'New York Stock Exchange',
      'France',
      'California',
      'Barack Obama',
      'Zorblax Ministry of Health',
    ])
      expect(isNotCompany(name), name).toBe(true);
  });

  it('knows no word for a cause’s adherents as a business, though a word list tags it an organisation', () => {
    expect(lookupKnownName('Brexiteers')).toBeNull();
  });

  it('lets businesses through', () => {
    for (const name of ['Apple', 'Walt Disney', 'Procter & Gamble', 'Goldman Sachs', 'New York Times', 'Snap'])
      expect(isNotCompany(name), name).toBe(false);
  });
});
