import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

/*
 * Imports run one way only: entrypoints wire components and utils; each runtime's glue
 * (background, content script, panel) uses what the runtimes share and the pipeline; the
 * pipeline, which runs unchanged in Node, a worker and the page, imports neither the extension's
 * runtime nor its UI, nor any file of the project outside its own folder. ESLint says part of
 * this while editing; this test says all of it on every run, whatever the linter's settings.
 */

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');

/** Each layer, and the layers its files may import from (its own included). */
const LAYERS: Record<string, readonly string[]> = {
  'utils/pipeline': ['utils/pipeline'],
  'utils/shared': ['utils/shared', 'utils/pipeline'],
  'utils/handoff': ['utils/handoff', 'utils/shared', 'utils/pipeline'],
  'utils/background': ['utils/background', 'utils/handoff', 'utils/shared', 'utils/pipeline'],
  'utils/content': ['utils/content', 'utils/shared', 'utils/pipeline'],
  'utils/panel': ['utils/panel', 'utils/shared', 'utils/pipeline'],
  components: ['components', 'utils/panel', 'utils/shared', 'utils/pipeline'],
};
/** The UI and extension packages the pipeline may not import. */
const BROWSER_PACKAGES = [/^wxt(?:\/|$)/, /^webextension-polyfill(?:\/|$)/, /^@wxt-dev\//, /^preact(?:\/|$)/];
/** WXT's path aliases for the project's root. */
const ROOT_ALIAS = /^(?:@@?|~~?)\//;
/** `import type … from '…'`: erased from the bundle. */
const TYPE_ONLY = /\bimport\s+type\s[^;'"]*?\bfrom\s*['"]([^'"]+)['"]/g;
/** `from '…'`, `import '…'`, `import('…')`, `require('…')`. */
const SPECIFIER = /(?:\bfrom\s*|\bimport\s*\(?\s*|\brequire\s*\(\s*)['"]([^'"]+)['"]/g;

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    return entry.isDirectory() ? filesUnder(path) : [path];
  });
}

const posix = (path: string) => path.split(sep).join('/');
const layerOf = (path: string) => Object.keys(LAYERS).find((layer) => path === layer || path.startsWith(`${layer}/`));

/**
 * Why `file` may not import `specifier`, or null when it may. The extension's static files
 * (public/: messages.json…) are below every layer but the pipeline, for their types only: the
 * browser serves them as they are, and no bundle carries a copy.
 */
function violation(file: string, specifier: string, typeOnly = false): string | null {
  const from = posix(relative(ROOT, file));
  const layer = layerOf(from);
  if (layer === 'utils/pipeline' && BROWSER_PACKAGES.some((p) => p.test(specifier))) return 'a browser or UI package';
  const local = specifier.startsWith('.')
    ? resolve(dirname(file), specifier)
    : ROOT_ALIAS.test(specifier)
      ? join(ROOT, specifier.replace(ROOT_ALIAS, ''))
      : null;
  if (local === null) return null;
  const to = posix(relative(ROOT, local));
  if (to.startsWith('entrypoints/') && !from.startsWith('entrypoints/')) return 'an entrypoint';
  if (to.startsWith('public/') && layer !== 'utils/pipeline')
    return typeOnly ? null : 'a static file, which only `import type` may name';
  if (!layer) return null;
  const target = layerOf(to);
  return target && LAYERS[layer]!.includes(target) ? null : `${to}, outside what ${layer} may use`;
}

describe('import layers', () => {
  const sources = ['utils', 'components', 'entrypoints']
    .flatMap((dir) => filesUnder(join(ROOT, dir)))
    .filter((f) => /\.(?:[cm]?[jt]sx?)$/.test(f));

  it('finds the sources of every layer', () => {
    for (const layer of Object.keys(LAYERS)) {
      expect(
        sources.some((f) => layerOf(posix(relative(ROOT, f))) === layer),
        layer,
      ).toBe(true);
    }
  });

  it('runs every import from a higher layer to a lower one, never back up', () => {
    const found = sources.flatMap((file) => {
      const text = readFileSync(file, 'utf8');
      const typeOnly = new Set(Array.from(text.matchAll(TYPE_ONLY), (m) => m[1]!));
      return Array.from(text.matchAll(SPECIFIER), (m) => m[1]!).flatMap((spec) => {
        const why = violation(file, spec, typeOnly.has(spec));
        return why ? [`${posix(relative(ROOT, file))} imports '${spec}': ${why}`] : [];
      });
    });
    expect(found).toEqual([]);
  });

  it('recognises what it forbids', () => {
    const pipeline = join(ROOT, 'utils/pipeline/clean/index.ts');
    for (const spec of [
      'wxt/browser',
      'wxt',
      '@wxt-dev/storage',
      'webextension-polyfill',
      'preact/hooks',
      '../../ui/x',
    ])
      expect(violation(pipeline, spec), spec).not.toBeNull();
    expect(violation(pipeline, '@/utils/background/x')).not.toBeNull();
    for (const spec of ['./rule', '../text/normalize', '@/utils/pipeline/types', 'compromise/two'])
      expect(violation(pipeline, spec), spec).toBeNull();

    const shared = join(ROOT, 'utils/shared/messages.ts');
    expect(violation(shared, '../background/activate')).not.toBeNull();
    expect(violation(shared, '../pipeline/types')).toBeNull();
    const locale = '../../public/_locales/en/messages.json';
    expect(violation(shared, locale)).not.toBeNull();
    expect(violation(shared, locale, true)).toBeNull();
    expect(violation(pipeline, '../../public/_locales/en/messages.json', true)).not.toBeNull();
    const content = join(ROOT, 'utils/content/session.ts');
    expect(violation(content, '../background/activate')).not.toBeNull();
    expect(violation(content, '../../entrypoints/background')).not.toBeNull();
    expect(violation(join(ROOT, 'components/Panel.tsx'), '../utils/content/session')).not.toBeNull();
    expect(violation(join(ROOT, 'entrypoints/background.ts'), '../utils/background/router')).toBeNull();
  });
});
