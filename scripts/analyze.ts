// Runs Lede's pipeline over saved HTML pages: `npm run -s analyze -- --json page.html [...]`.
import { formatReport } from './lib/format-report';
import { englishError } from './locale';
import { Watchdog } from './lib/watchdog';

/** Far beyond any news page (the slowest of the corpus takes about 2 s), short of a hung run. */
const DEFAULT_TIMEOUT_S = 60;

const USAGE = `usage: npm run -s analyze -- [--json] [--readability-only] [--timeout=SECONDS] page.html [more.html ...]

  --json               one JSON report per page, one per line
  --readability-only   Readability's output without Lede's cleaning (for comparison)
  --timeout=SECONDS    the most one page may take before it is reported too complex (default ${DEFAULT_TIMEOUT_S})`;

async function main(argv: string[]): Promise<number> {
  const json = argv.includes('--json');
  const readabilityOnly = argv.includes('--readability-only');
  if (argv.includes('--help') || argv.includes('-h')) {
    console.log(USAGE);
    return 0;
  }
  const timeout = argv.find((a) => a.startsWith('--timeout='));
  const seconds = timeout ? Number(timeout.slice('--timeout='.length)) : DEFAULT_TIMEOUT_S;
  const unknown = argv.filter((a) => a.startsWith('-') && !['--json', '--readability-only', timeout].includes(a));
  const files = argv.filter((a) => !a.startsWith('-'));
  if (unknown.length || files.length === 0 || !(seconds > 0)) {
    console.error(unknown.length ? `analyze: unknown option ${unknown.join(' ')}\n${USAGE}` : USAGE);
    return 2;
  }
  const watchdog = new Watchdog(seconds * 1000);
  for (const file of files) {
    const report = await watchdog.analyze({ file, readabilityOnly });
    const error = 'error' in report ? englishError(report.error) : null;
    if (error) console.error(`analyze: ${file}: ${error}`);
    if (json) process.stdout.write(JSON.stringify({ source: file, ...report }) + '\n');
    else process.stdout.write(('error' in report ? `${file}\n  ${error}\n` : formatReport(file, report)) + '\n');
  }
  await watchdog.close();
  return 0;
}

process.exitCode = await main(process.argv.slice(2));
