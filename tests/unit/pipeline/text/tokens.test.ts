import { describe, expect, it } from 'vitest';
import { properSpans, tokenize } from '../../../../utils/pipeline/text/tokens';
import { readText } from '../../../../utils/pipeline/text/document';
import { paragraphs } from '../../../helpers/dom';

const spanTexts = (s: string) => properSpans(s).map((x) => x.text);

describe('tokenize', () => {
  it('gives offsets, possessives and the punctuation after each word', () => {
    const [ant, alipay] = tokenize("Ant's Alipay, banned.");
    expect(ant).toMatchObject({ text: 'Ant', start: 0, end: 3, possessive: true, cap: true, initial: true });
    expect(alipay).toMatchObject({ text: 'Alipay', possessive: false, initial: false, after: ',' });
  });

  it('takes a plural possessive apostrophe as a possessive', () => {
    expect(tokenize("Edmunds' director")[0]).toMatchObject({ text: 'Edmunds', possessive: true });
  });

  it('keeps the dot of initials and legal abbreviations', () => {
    expect(tokenize('Dana F. Besecker Co. and D.A. Davidson').map((t) => t.text)).toEqual([
      'Dana',
      'F.',
      'Besecker',
      'Co.',
      'and',
      'D.A.',
      'Davidson',
    ]);
  });

  it('cuts a lower-case tail off a hyphenated name', () => {
    expect(tokenize('the SoftBank-backed firm')[1]?.text).toBe('SoftBank');
  });

  it('treats a capital after an opening quote as proving nothing, but not after a closing one', () => {
    const tokens = tokenize('“Fine,” Cook said.');
    expect(tokens[0]).toMatchObject({ text: 'Fine', initial: true });
    expect(tokens[1]).toMatchObject({ text: 'Cook', initial: false });
  });
});

describe('properSpans', () => {
  it('joins capitalised runs with "of" and "&" but not across commas', () => {
    expect(spanTexts('He joined Bank of America, then Procter & Gamble.')).toEqual([
      'Bank of America',
      'Procter & Gamble',
    ]);
  });

  it('leaves out an ordinary word that only starts the sentence', () => {
    expect(spanTexts('Earlier Apple said it would.')).toEqual(['Apple']);
  });

  it('ends a span at a possessive', () => {
    expect(spanTexts("Tencent's WeChat Pay grew.")).toEqual(['Tencent', 'WeChat Pay']);
  });
});

describe('readText', () => {
  it('splits every paragraph once, numbering sentences across the article', () => {
    const doc = readText(paragraphs('One sentence here. Another one.', 'A third.'));
    expect(doc.sentences.map((s) => [s.paragraph, s.index, s.offset])).toEqual([
      [0, 0, 0],
      [0, 1, 19],
      [1, 2, 0],
    ]);
    expect(doc.byParagraph[1]?.[0]?.paragraphId).toBe('p2');
  });

  it('puts back a sentence-initial word that the article uses inside the name elsewhere', () => {
    const doc = readText(paragraphs('Home Depot reported earnings.', 'Analysts like Home Depot.'));
    expect(doc.sentences[0]?.spans.map((s) => s.text)).toEqual(['Home Depot']);
  });

  it('takes a sentence-initial surname the article gave in full as a name', () => {
    const doc = readText(paragraphs('Apple CEO Tim Cook spoke.', 'Cook said little.'));
    expect(doc.sentences[1]?.spans.map((s) => s.text)).toEqual(['Cook']);
  });
});
