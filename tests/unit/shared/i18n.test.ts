import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

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

describe('removed-clutter labels', () => {
  it('has a message for every kind, singular and plural', async () => {
    const { removedMessages } = await import('../../../utils/content/reader/removed-label');
    for (const [key, text] of Object.entries(removedMessages())) expect(messages[key]?.message, key).toBe(text);
  });
});
