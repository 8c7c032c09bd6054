import { describe, expect, it } from 'vitest';
import { restrictionOf } from '../../../utils/background/restricted';

describe('restrictionOf', () => {
  it.each([
    'chrome://extensions/',
    'about:addons',
    'moz-extension://abc/sidepanel.html',
    'https://chromewebstore.google.com/detail/x',
    'https://addons.mozilla.org/en-US/firefox/',
    'https://example.com/report.pdf',
    'file:///home/me/paper.pdf',
    'view-source:https://example.com/',
  ])('explains why %s cannot be cleaned', (url) => {
    expect(restrictionOf(url)).toMatch(/^[a-z-]+$/);
  });

  it('lets ordinary web pages through', () => {
    expect(restrictionOf('https://www.example.com/2024/05/01/story.html')).toBeNull();
    expect(restrictionOf('http://127.0.0.1:8080/seed.html')).toBeNull();
  });

  it('has a message for a tab whose address it cannot see', () => {
    expect(restrictionOf(undefined)).toBe('no-address');
  });
});
