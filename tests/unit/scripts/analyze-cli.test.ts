import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { fixturePath, pagePath } from '../../helpers/dom';

const run = (...args: string[]) => spawnSync('npx', ['tsx', 'scripts/analyze.ts', ...args], { encoding: 'utf8' });

describe('npm run analyze', () => {
  it('prints one JSON report per page, in order, and errors as reports', () => {
    const out = run(
      '--json',
      pagePath('seed-article/source.html'),
      'missing.html',
      fixturePath('pages/not-article.html'),
      fixturePath('pages/bad-css.html'),
    );
    expect(out.status).toBe(0);
    const reports = out.stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(reports).toHaveLength(4);
    expect(reports[0].title).toMatch(/^Jack Ma might take another hit/);
    expect(reports[0].companies.length).toBe(6);
    expect(reports[1].error.code).toBe('unreadable');
    expect(reports[2].error.code).toBe('not-article');
    // jsdom's CSS parser chokes on this page's styles: it is read without them.
    expect(reports[3].text).toContain('$48 million budget for the new river bridge');
    expect(out.stderr).toMatch(/missing\.html/);
  }, 60_000);

  it('prints a readable summary without --json', () => {
    const out = run(pagePath('seed-article/source.html'));
    expect(out.stdout).toMatch(/Companies \(6\)/);
    expect(out.stdout).toMatch(/— Graham Webster/);
  }, 60_000);

  it('reports a page that runs over its time as too complex, and goes on with the next', () => {
    const out = run('--json', '--timeout=0.001', pagePath('seed-article/source.html'), 'missing.html');
    expect(out.status).toBe(0);
    const reports = out.stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(reports.map((r) => r.error)).toEqual([
      { code: 'too-large', params: { reason: 'time', max: 0.001 } },
      { code: 'too-large', params: { reason: 'time', max: 0.001 } },
    ]);
    expect(out.stderr).toMatch(/took longer than 0\.001 seconds/);
  }, 60_000);

  it('exits 2 on a usage error', () => {
    expect(run().status).toBe(2);
    expect(run('--nope', 'a.html').status).toBe(2);
    expect(run('--timeout=soon', 'a.html').status).toBe(2);
  }, 60_000);
});
