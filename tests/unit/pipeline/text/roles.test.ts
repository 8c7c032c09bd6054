import { describe, expect, it } from 'vitest';
import { BUSINESS_ROLES, OFFICES } from '../../../../utils/pipeline/text/roles';
import { splitSentences } from '../../../../utils/pipeline/text/sentences';

describe('role words', () => {
  it('spells offices out: no honorific or abbreviation stands after a name', () => {
    expect(OFFICES).toContain('minister');
    expect(OFFICES).toContain('analyst');
    for (const short of ['mr', 'dr', 'sen', 'gov']) expect(OFFICES).not.toContain(short);
  });

  it("names a business's people, the workforce too", () => {
    expect(BUSINESS_ROLES).toEqual(expect.arrayContaining(['ceo', 'spokeswoman', 'researcher', 'vice president']));
  });

  it('keeps a legal suffix and the role after it in one sentence', () => {
    const text = 'Acme Corp. Senior Director Jane Doe said so. Zenith Ltd. Supporters gathered outside.';
    expect(splitSentences(text).map((s) => s.text)).toEqual([
      'Acme Corp. Senior Director Jane Doe said so.',
      'Zenith Ltd.',
      'Supporters gathered outside.',
    ]);
  });
});
