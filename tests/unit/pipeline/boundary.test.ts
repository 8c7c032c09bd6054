import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

/*
 * The pipeline runs unchanged in Node, a worker and the page, so it may import neither the
 * extension's runtime nor its UI, nor any file of the project outside its own folder. ESLint
 * says so while editing; this test says so on every run, whatever the linter's settings.
 */

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');
const PIPELINE = join(ROOT, 'utils', 'pipeline');
const FORBIDDEN_PACKAGES = [/^wxt(?:\/|$)/, /^webextension-polyfill(?:\/|$)/, /^@wxt-dev\//, /^preact(?:\/|$)/];
/** WXT's path aliases for the project's root. */
const ROOT_ALIAS = /^(?:@@?|~~?)\//;
/** `from '…'`, `import '…'`, `import('…')`, `require('…')`. */
const SPECIFIER = /(?:\bfrom\s*|\bimport\s*\(?\s*|\brequire\s*\(\s*)['"]([^'"]+)['"]/g;

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    return entry.isDirectory() ? filesUnder(path) : [path];
  });
}

function specifiers(source: string): string[] {
  return Array.from(source.matchAll(SPECIFIER), (m) => m[1]!);
}

/** Why a file may not import this, or null when it may. */
function violation(file: string, specifier: string): string | null {
  if (FORBIDDEN_PACKAGES.some((p) => p.test(specifier))) return 'a browser or UI package';
  const local = specifier.startsWith('.')
    ? resolve(dirname(file), specifier)
    : ROOT_ALIAS.test(specifier)
      ? join(ROOT, specifier.replace(ROOT_ALIAS, ''))
      : null;
  if (local === null) return null;
  const inside = relative(PIPELINE, local);
  return inside.startsWith('..') || inside.startsWith(sep) ? 'a file outside utils/pipeline' : null;
}

describe('pipeline boundary', () => {
  const sources = filesUnder(PIPELINE).filter((f) => /\.(?:[cm]?[jt]sx?)$/.test(f));

  it('finds the pipeline sources', () => {
    expect(sources.length).toBeGreaterThan(10);
  });

  it('imports no browser or UI package and nothing outside utils/pipeline', () => {
    const found = sources.flatMap((file) =>
      specifiers(readFileSync(file, 'utf8')).flatMap((spec) => {
        const why = violation(file, spec);
        return why ? [`${relative(ROOT, file)} imports '${spec}': ${why}`] : [];
      }),
    );
    expect(found).toEqual([]);
  });

  it('recognises what it forbids', () => {
    const file = join(PIPELINE, 'clean', 'index.ts');
    for (const spec of [
      'wxt/browser',
      'wxt',
      '@wxt-dev/storage',
      'webextension-polyfill',
      'preact/hooks',
      '../../ui/x',
    ])
      expect(violation(file, spec), spec).not.toBeNull();
    expect(violation(file, '@/utils/background/x')).not.toBeNull();
    for (const spec of ['./rule', '../text/normalize', '@/utils/pipeline/types', 'compromise/two'])
      expect(violation(file, spec), spec).toBeNull();
  });
});
