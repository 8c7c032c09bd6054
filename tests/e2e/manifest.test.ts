import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const manifest = (dir: string) => JSON.parse(readFileSync(`.output/${dir}/manifest.json`, 'utf8'));

describe.each(['chrome-mv3', 'firefox-mv3'])('the shipped %s manifest', (dir) => {
  const m = manifest(dir);

  it('asks for no more than the features need', () => {
    const expected = dir === 'chrome-mv3' ? ['activeTab', 'scripting', 'storage', 'sidePanel'] : ['activeTab', 'scripting', 'storage'];
    expect([...m.permissions].sort()).toEqual(expected.sort());
    expect(m.host_permissions ?? []).toEqual([]);
  });

  it('injects nothing into pages the reader did not ask to clean', () => {
    expect((m.content_scripts ?? []).filter((c: { matches?: string[] }) => c.matches?.length)).toEqual([]);
  });

  it('lets no web page talk to it and runs no eval', () => {
    expect(m.externally_connectable).toBeUndefined();
    expect(m.content_security_policy.extension_pages).not.toMatch(/unsafe-eval|unsafe-inline|https?:/);
  });

  it('has a name, description, version and icons at every size', () => {
    expect(m.name).toBeTruthy();
    expect(m.description).toBeTruthy();
    expect(m.version).toMatch(/^\d+\.\d+\.\d+$/);
    expect(Object.keys(m.icons)).toEqual(expect.arrayContaining(['16', '32', '48', '128']));
  });
});

describe('web-ext lint on the Firefox build', () => {
  it('finds no errors', () => {
    const run = spawnSync('npx', ['web-ext', 'lint', '--source-dir', '.output/firefox-mv3', '--self-hosted', '--output', 'json'], { encoding: 'utf8' });
    const report = JSON.parse(run.stdout.slice(run.stdout.indexOf('{')));
    expect(report.errors).toEqual([]);
    // Warnings left are the libraries' own innerHTML (Readability, DOMPurify, Preact), not Lede's.
    for (const w of report.warnings) expect(w.code).toBe('UNSAFE_VAR_ASSIGNMENT');
  }, 60_000);
});
