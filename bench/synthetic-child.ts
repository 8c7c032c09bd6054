// Measures synthetic pages in a process of its own, so a page that hangs the pipeline can be
// killed by the parent and reported, instead of hanging the benchmark.
// usage: tsx bench/synthetic-child.ts '<json {seed, reps, cases}>'  → one JSON line on stdout
import { readFileSync } from 'node:fs';
import { buildPage, type SyntheticCase } from './synthetic';
import { measureHtml, type PageMeasure } from './pipeline';
import { collectGarbage } from './stats';

export interface ChildRequest {
  seed: string;
  reps: number;
  cases: SyntheticCase[];
}

export interface ChildResult {
  case: SyntheticCase;
  htmlBytes: number;
  textChars: number;
  measure: PageMeasure;
}

const request = JSON.parse(process.argv[2] ?? '{}') as ChildRequest;
const seedHtml = readFileSync(request.seed, 'utf8');
// A cold JIT would charge its warm-up to whichever case runs first.
measureHtml(seedHtml, 3);
const results: ChildResult[] = request.cases.map((c) => {
  const html = buildPage(seedHtml, c);
  collectGarbage();
  const measure = measureHtml(html, request.reps);
  return { case: c, htmlBytes: Buffer.byteLength(html), textChars: html.replace(/<[^>]*>/g, '').length, measure };
});
process.stdout.write(JSON.stringify(results) + '\n');
