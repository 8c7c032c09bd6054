import { describe, expect, it } from 'vitest';
import { cleanByline } from '../../../../utils/pipeline/page/byline';

describe('cleanByline', () => {
  it('parts the word "By" from a name run into it, and drops it alone', () => {
    expect(cleanByline('ByJane Doe')).toBe('By Jane Doe');
    expect(cleanByline('By')).toBeNull();
    expect(cleanByline('  by:  ')).toBeNull();
  });

  it("drops the box's buttons and reading time after the name", () => {
    expect(cleanByline('Jane DoeFollowAug 8, 2016·7 min read')).toBe('Jane Doe');
    expect(cleanByline('Jane Doe@janedoe')).toBe('Jane Doe');
    expect(cleanByline('By Jane Doe 5 minute Read')).toBe('By Jane Doe');
    expect(cleanByline('ByJane Doe• 8 min read')).toBe('By Jane Doe');
  });

  it('keeps a byline that is only names, and names that hold the same letters', () => {
    expect(cleanByline('By Jane Doe and John Byers')).toBe('By Jane Doe and John Byers');
    expect(cleanByline('Byron Followell')).toBe('Byron Followell');
    expect(cleanByline('BYRON SMITH')).toBe('BYRON SMITH');
    expect(cleanByline('Jane Doe, Reuters')).toBe('Jane Doe, Reuters');
    expect(cleanByline('')).toBeNull();
  });
});
