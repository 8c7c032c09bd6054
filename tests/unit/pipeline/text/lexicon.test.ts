import { describe, expect, it } from 'vitest';
import { firstNameGender } from '../../../../utils/pipeline/text/lexicon';

describe('firstNameGender', () => {
  it('gives the usual gender of a given name, and null for one that has none or is no name', () => {
    expect(firstNameGender('Mary')).toBe('female');
    expect(firstNameGender('Tom')).toBe('male');
    expect(firstNameGender('Jordan')).toBeNull();
    expect(firstNameGender('Shares')).toBeNull();
  });
});
