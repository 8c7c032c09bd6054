import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { t, type MessageKey } from '../../../utils/shared/i18n';
import { kindLabel, removedSummary } from '../../../utils/content/reader/removed-label';
import type { RemovedKind } from '../../../utils/pipeline/types';

const messages = JSON.parse(readFileSync('public/_locales/en/messages.json', 'utf8')) as Record<
  string,
  { message: string }
>;

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? sources(path) : /\.(ts|tsx)$/.test(name) ? [path] : [];
  });
}

describe('UI strings', () => {
  const code = ['components', 'entrypoints', 'utils']
    .flatMap(sources)
    .map((f) => readFileSync(f, 'utf8'))
    .join('\n');

  it('has a message in _locales/en for every t() key the code uses', () => {
    const keys = [...code.matchAll(/\bt\('([A-Za-z_]+)'/g)].map((m) => m[1]!);
    expect(keys.length).toBeGreaterThan(20);
    for (const key of new Set(keys)) expect(messages, key).toHaveProperty(key);
  });

  it('has the manifest strings', () => {
    for (const key of ['extName', 'extDescription', 'actionTitle', 'commandOpen', 'commandToggle'])
      expect(messages).toHaveProperty(key);
  });
});

describe('t', () => {
  it('reads messages.json, with substitutions, as the browser does', () => {
    expect(t('noCompanies')).toBe(messages.noCompanies!.message);
    expect(t('alwaysOpen', 'example.com')).toBe('Always open example.com in reader view');
  });

  it('shows a key it cannot find as the key, never a blank', () => {
    expect(t('no_such_key' as MessageKey)).toBe('no_such_key');
  });
});

describe('removed-clutter labels', () => {
  /** Every kind: the Record makes the compiler list them all. */
  const KINDS: Record<RemovedKind, true> = {
    ad: true,
    'also-read': true,
    related: true,
    newsletter: true,
    share: true,
    comments: true,
    promo: true,
    furniture: true,
    duplicate: true,
  };

  it('has a message for every kind, singular and plural', () => {
    for (const kind of Object.keys(KINDS) as RemovedKind[]) {
      const key = `removed_${kind.replace(/-/g, '_')}`;
      expect(kindLabel(kind, 1), kind).toBe(messages[`${key}_one`]?.message);
      expect(kindLabel(kind, 2), kind).toBe(messages[`${key}_other`]?.message);
    }
  });

  it('sums up what was removed from messages.json', () => {
    const item = (kind: RemovedKind) => ({ kind, rule: 'r', text: '', html: '', after: null });
    expect(removedSummary([])).toBe('Nothing removed');
    expect(removedSummary([item('ad'), item('ad'), item('also-read')])).toBe('2 ads, 1 “Also read” link removed');
  });
});
