// `npm run bench`: times Lede against Readability in Node, drives the built extension in
// Chromium, measures what ships, prints a table, writes bench/results.json, and exits non-zero
// when a target fails. Not a test: the numbers depend on the machine, so nothing here asserts
// them in CI. Options: --reps=N (default 2), --sample=N corpus-body pages in Chromium
// (default 20), --skip=node,synthetic,browser,size.
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { ensureE2eBuild, pickSamples, runBrowser, type BrowserResult, type BrowserSample } from './browser';
import { findCorpus, seedCase } from './corpus';
import { environment } from './env';
import { runNode } from './node';
import { formatBrowser, formatEnvironment, formatNode, formatScaling, formatSize, formatTargets } from './report';
import { DEPTHS, LONG_TIMES, runScaling, TEXT_CHARS } from './scaling';
import { ensureShippedBuild, measureSizes } from './size';
import { buildPage } from './synthetic';
import { GENERATED_PAGES } from '../tests/e2e/pages';
import { DEEPLY_NESTED, evaluateTargets, type Parts } from './targets';

const RESULTS = fileURLToPath(new URL('./results.json', import.meta.url));

interface Options {
  reps: number;
  sample: number;
  skip: Set<string>;
}

function parseArgs(argv: string[]): Options {
  const value = (name: string) => argv.find((a) => a.startsWith(`--${name}=`))?.split('=')[1];
  return {
    reps: Number(value('reps') ?? 2),
    sample: Number(value('sample') ?? 20),
    skip: new Set((value('skip') ?? '').split(',').filter(Boolean)),
  };
}

// Progress goes to stderr so the table on stdout can be piped on its own.
const progress = (msg: string) => process.stderr.write(`  ${msg}\n`);

async function main(): Promise<number> {
  const options = parseArgs(process.argv.slice(2));
  const started = performance.now();
  const env = environment();
  const corpus = findCorpus();
  const seed = seedCase(corpus);
  const out: string[] = [formatEnvironment(env, corpus)];
  process.stderr.write(out[0] + '\n');
  const parts: Parts = {};

  if (!options.skip.has('node')) {
    parts.node = runNode(corpus.cases, seed, options.reps, progress);
    out.push(formatNode(parts.node));
  }
  if (!options.skip.has('synthetic')) {
    parts.scaling = runScaling(seed.file, options.reps, progress);
    out.push(formatScaling(parts.scaling));
  }
  if (!options.skip.has('browser')) {
    parts.browser = await browserPart(corpus.cases, seed.file, options.sample).catch((err: unknown) => {
      out.push(`Chromium: could not run (${(err as Error).message})`);
      return undefined;
    });
    if (parts.browser) out.push(formatBrowser(parts.browser));
  }
  if (!options.skip.has('size')) {
    try {
      parts.size = measureSizes(ensureShippedBuild(progress));
      out.push(formatSize(parts.size));
    } catch (err) {
      out.push(`Size: could not build or measure (${(err as Error).message})`);
    }
  }

  const targets = evaluateTargets(parts);
  out.push(formatTargets(targets));
  out.push(`(${((performance.now() - started) / 1000).toFixed(0)} s; details in ${RESULTS})`);
  process.stdout.write(out.join('\n\n') + '\n');
  writeFileSync(
    RESULTS,
    JSON.stringify(
      {
        env,
        corpus: { source: corpus.source, root: corpus.root, pages: corpus.cases.length },
        options: { ...options, skip: [...options.skip] },
        ...parts,
        targets,
      },
      null,
      1,
    ) + '\n',
  );
  // A part that could not run is not a pass.
  const failed =
    targets.some((t) => t.pass === false) || (options.skip.size === 0 && targets.some((t) => t.pass === null));
  return failed ? 1 : 0;
}

async function browserPart(
  cases: ReturnType<typeof findCorpus>['cases'],
  seedFile: string,
  sample: number,
): Promise<BrowserResult> {
  ensureE2eBuild(progress);
  const samples: BrowserSample[] = pickSamples(cases, sample).map((c, i) => ({
    name: c.name,
    set: c.set,
    url: `/page/${i}.html`,
    route: { file: c.file },
  }));
  const seedHtml = readFileSync(seedFile, 'utf8');
  const extremes: BrowserSample[] = [
    { kind: 'long' as const, size: LONG_TIMES, name: `seed ${LONG_TIMES}x long` },
    { kind: 'nested' as const, size: DEPTHS[DEPTHS.length - 2]!, name: `nested ${DEPTHS[DEPTHS.length - 2]} deep` },
    { kind: 'text' as const, size: TEXT_CHARS, name: `${TEXT_CHARS / 1e6} MB of text` },
  ].map((c, i) => ({
    name: c.name,
    set: 'synthetic',
    url: `/synthetic/${i}.html`,
    route: { html: buildPage(seedHtml, c) },
  }));
  // The page the e2e tests use: within every size limit, over the work budget.
  extremes.push({
    name: DEEPLY_NESTED,
    set: 'synthetic',
    url: '/synthetic/deeply-nested.html',
    route: { html: GENERATED_PAGES['/pages/deeply-nested.html']!() },
  });
  return runBrowser(samples, extremes, progress);
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (err: unknown) => {
    console.error(err);
    process.exitCode = 2;
  },
);
