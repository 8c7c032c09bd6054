import { describe, expect, it } from 'vitest';
import { isAgencyCredit, isCreditLine, opensAsCredit } from '../../../../utils/pipeline/text/credit-line';

describe('credit lines', () => {
  it.each([
    '(Image credit: Blue Origin)',
    'Photo: Jane Doe / Example Wire',
    'Photograph by Jane Doe',
    'Photo courtesy of the city council',
    'Image copyright Example Pictures',
    'Credit: Jane Doe',
    'Source: company filings',
    '© Jane Doe',
    'AP Photo/Jane Doe',
  ])('knows %j as a credit line', (line) => {
    expect(isCreditLine(line)).toBe(true);
    expect(opensAsCredit(line)).toBe(true);
  });

  it.each([
    'Photo of the day: a heron at dawn, taken by a reader on the river.',
    'Sources of funding include the city and two banks.',
    'The source said the deal was close.',
    'Photographers lined the street as the motorcade passed.',
  ])('leaves %j alone', (line) => {
    expect(opensAsCredit(line)).toBe(false);
    expect(isCreditLine(line)).toBe(false);
  });

  it('takes a whole credit only when nothing but a short name follows', () => {
    const long = `Photo: ${'a long caption that goes on '.repeat(5)}`;
    expect(opensAsCredit(long)).toBe(true);
    expect(isCreditLine(long)).toBe(false);
  });

  it.each([
    'Reuters/Jane Doe',
    'Jane Doe / AFP via Getty Images',
    'Jane Doe | Harbour Picture Library | Getty Images',
    '(AP)',
    'Getty Images',
  ])('knows %j as an agency credit', (line) => expect(isAgencyCredit(line)).toBe(true));

  it('does not take a sentence naming an agency for a credit', () => {
    expect(isAgencyCredit('Reuters reported the talks on Monday.')).toBe(false);
    expect(isAgencyCredit('Jane Doe / John Roe')).toBe(false);
  });
});
