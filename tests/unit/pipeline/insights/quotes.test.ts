import { describe, expect, it } from 'vitest';
import { analyzeText } from '../../../../utils/pipeline/insights';
import { findQuoteSpans } from '../../../../utils/pipeline/insights/quote-marks';
import { paragraphs } from '../../../helpers/dom';
import type { Paragraph } from '../../../../utils/pipeline/types';

const quotesOf = (...texts: string[]) =>
  analyzeText({ paragraphs: paragraphs(...texts) }).quotes.map((q) => [q.text, q.speaker]);

describe('findQuoteSpans', () => {
  it('reads curly, straight and guillemet marks, and mixed curly-straight pairs', () => {
    expect(findQuoteSpans('“One two,” he said. "Three four." «Five six»').map((q) => q.text)).toEqual([
      'One two',
      'Three four.',
      'Five six',
    ]);
    expect(findQuoteSpans('“Our results were fine," Menear said.')[0]).toMatchObject({
      text: 'Our results were fine',
      unclosed: false,
    });
  });

  it('marks a quote that runs on past the paragraph', () => {
    expect(findQuoteSpans('“It went on and on.')[0]).toMatchObject({ unclosed: true });
  });

  it('does not take apostrophes or inch marks for quotes', () => {
    expect(findQuoteSpans('It’s the companies’ results on a 12" screen.')).toEqual([]);
  });
});

describe('findQuotes', () => {
  it('finds the speaker after the quote, by name or title, in full', () => {
    expect(
      quotesOf(
        'Graham Webster, an editor at Stanford, studies policy.',
        '“There is a lot of power in the state,” Webster said.',
        '"We stand with the President on this," Commerce Secretary Wilbur Ross said in a statement.',
        '"The lander will be ready in good time," said Brent Sherwood, vice president at Blue Origin.',
      ),
    ).toEqual([
      ['There is a lot of power in the state', 'Graham Webster'],
      ['We stand with the President on this', 'Wilbur Ross'],
      ['The lander will be ready in good time', 'Brent Sherwood'],
    ]);
  });

  it('finds the speaker before the quote, and after "according to"', () => {
    expect(
      quotesOf(
        'Analyst Jane Okafor said: “Margins will shrink again next year.”',
        'According to Tom Forte, "prices are falling across the store."',
      ),
    ).toEqual([
      ['Margins will shrink again next year.', 'Jane Okafor'],
      ['prices are falling across the store.', 'Tom Forte'],
    ]);
  });

  it('gives both halves of a split quote to one speaker', () => {
    expect(
      quotesOf(
        '“The end of the year is busy,” Jessica Caldwell, an analyst at Edmunds, said. “Shoppers can wait for deals.”',
      ),
    ).toEqual([
      ['The end of the year is busy', 'Jessica Caldwell'],
      ['Shoppers can wait for deals.', 'Jessica Caldwell'],
    ]);
  });

  it('carries a speaker over a quote that runs on over paragraphs', () => {
    expect(
      quotesOf(
        '“The drug was in her system and there was no cure,” her mother, Fiona Parry, said.',
        '“As she deteriorated, the staff did all they could.',
        '“She was literally burning up from within.”',
      ).map(([, speaker]) => speaker),
    ).toEqual(['Fiona Parry', 'Fiona Parry', 'Fiona Parry']);
  });

  it('resolves "he" to the last person spoken of, not to the one he spoke to', () => {
    expect(
      quotesOf(
        'Apple CEO Tim Cook met Salesforce founder Marc Benioff on stage.',
        '"I love the way you keep building new things," he told Benioff.',
      ),
    ).toEqual([['I love the way you keep building new things', 'Tim Cook']]);
  });

  it('gives a company or public body as the speaker where one speaks', () => {
    expect(
      quotesOf(
        'Ant Group Co. filed papers with regulators in March, saying that it is "a private sector company run by its managers."',
        'The Food Standards Agency warned people about the pills.',
        '“We advise the public not to take any tablets,” it said in a statement.',
      ),
    ).toEqual([
      ['a private sector company run by its managers.', 'Ant Group'],
      ['We advise the public not to take any tablets', 'Food Standards Agency'],
    ]);
  });

  it('quotes a block quotation as a whole, for the person the text was about', () => {
    const paras: Paragraph[] = [
      { id: 'p1', text: 'Mark Zuckerberg said deals take time to build.', role: 'text' },
      { id: 'p2', text: 'I have been building relationships for years with the founders.', role: 'quote' },
    ];
    expect(analyzeText({ paragraphs: paras }).quotes).toEqual([
      {
        text: 'I have been building relationships for years with the founders.',
        speaker: 'Mark Zuckerberg',
        paragraphId: 'p2',
      },
    ]);
  });

  it('rejects scare quotes and titles, and keeps an unattributed quote with speaker null', () => {
    expect(
      quotesOf(
        'The bill covers so-called “metadata” and a report called “The Future Of Retail Stores”.',
        'A sign in the window read “everything must go before the end of the month, no exceptions.”',
      ),
    ).toEqual([['everything must go before the end of the month, no exceptions.', null]]);
  });

  it('finds no quotes in an article without any', () => {
    expect(quotesOf('Rain fell on the city.', 'Officials closed two roads.')).toEqual([]);
  });
});
