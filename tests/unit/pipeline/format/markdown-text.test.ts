import { describe, expect, it } from 'vitest';
import { markdownText, markdownUrl } from '../../../../utils/pipeline/format/markdown-text';

describe('markdownText', () => {
  it('keeps links, images, emphasis and HTML from a page string as text', () => {
    expect(markdownText('[x](javascript:alert(1))')).toBe('\\[x\\](javascript:alert(1))');
    expect(markdownText('![t](https://tracker.example/p.gif)')).toBe('!\\[t\\](https://tracker.example/p.gif)');
    expect(markdownText('<img src=x> *a* _b_ `c` ~d~ a|b')).toBe(
      '\\<img src=x\\> \\*a\\* \\_b\\_ \\`c\\` \\~d\\~ a\\|b',
    );
  });

  it('keeps a page string on its line, where it cannot start a heading, list or quote', () => {
    expect(markdownText('Title\n\n# Heading\n> quote')).toBe('Title \\# Heading \\> quote');
    expect(markdownText('- item')).toBe('\\- item');
    expect(markdownText('1. first')).toBe('1\\. first');
  });
});

describe('markdownUrl', () => {
  it('links web addresses only', () => {
    expect(markdownUrl('https://news.example/a b>c')).toBe('<https://news.example/a%20b%3Ec>');
    expect(markdownUrl('javascript:alert(1)')).toBe('javascript:alert(1)');
    expect(markdownUrl('data:text/html,<b>x</b>')).toBe('data:text/html,\\<b\\>x\\</b\\>');
  });
});
