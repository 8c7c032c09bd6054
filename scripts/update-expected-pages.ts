// Rewrites tests/pages/<case>/expected.json from what the pipeline makes of each source.html now:
// `npm run test:update-pages [-- case ...]`. Run it after a deliberate change to the pipeline,
// then read `git diff tests/pages` as the review of that change: every line that moved is output
// a reader would see differently. tests/unit/pipeline/pages.test.ts checks the files.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { expectationOf, expectedPath, pageCases } from '../tests/helpers/pages';

function main(names: string[]): number {
  const cases = pageCases();
  const unknown = names.filter((n) => !cases.includes(n));
  if (unknown.length) {
    console.error(`update-expected-pages: no tests/pages/${unknown.join(', ')}/source.html`);
    return 2;
  }
  let failed = 0;
  for (const name of names.length ? names : cases) {
    try {
      const file = expectedPath(name);
      // Compared as text: the old file may not parse (a merge conflict in it, say).
      const before = existsSync(file) ? readFileSync(file, 'utf8') : null;
      const after = JSON.stringify(expectationOf(name), null, 2) + '\n';
      writeFileSync(file, after);
      console.log(`${before === after ? 'unchanged' : 'updated  '} ${name}`);
    } catch (err) {
      // One page the pipeline throws on must not stop the others from being written.
      console.error(`failed    ${name}: ${(err as Error).stack ?? err}`);
      failed++;
    }
  }
  return failed ? 1 : 0;
}

process.exitCode = main(process.argv.slice(2));
