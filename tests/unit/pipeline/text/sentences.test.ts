import { describe, expect, it } from 'vitest';
import { splitSentences } from '../../../../utils/pipeline/text/sentences';

const texts = (s: string) => splitSentences(s).map((x) => x.text);

describe('splitSentences', () => {
  it('splits at full stops, question and exclamation marks', () => {
    expect(texts('Shares rose. Did they? Yes!')).toEqual(['Shares rose.', 'Did they?', 'Yes!']);
  });

  it('keeps titles and abbreviations inside the sentence', () => {
    expect(texts('Mr. Ross met Dr. Webster on Jan. 5 in Washington. They talked.')).toEqual([
      'Mr. Ross met Dr. Webster on Jan. 5 in Washington.',
      'They talked.',
    ]);
  });

  it('does not split after initials', () => {
    expect(texts('John F. Kennedy spoke. Analysts at D.A. Davidson agreed.')).toEqual([
      'John F. Kennedy spoke.',
      'Analysts at D.A. Davidson agreed.',
    ]);
  });

  it('ends a sentence at "Co." when a new sentence follows, not before a title', () => {
    expect(texts('It named Huawei Technologies Co. Supporters cheered.')).toEqual([
      'It named Huawei Technologies Co.',
      'Supporters cheered.',
    ]);
    expect(texts('Acme Inc. CEO Jane Doe resigned.')).toEqual(['Acme Inc. CEO Jane Doe resigned.']);
  });

  it('splits after "U.S." only before a word that starts a sentence', () => {
    expect(texts('Sales grew in the U.S. The rest fell.')).toEqual(['Sales grew in the U.S.', 'The rest fell.']);
    expect(texts('U.S. President Joe Biden spoke.')).toEqual(['U.S. President Joe Biden spoke.']);
  });

  it('keeps a closing quote mark with its sentence and reports offsets', () => {
    const [first, second] = splitSentences('He said "yes." Then he left.');
    expect(first).toEqual({ text: 'He said "yes."', start: 0, end: 14 });
    expect(second?.start).toBe(15);
  });
});
