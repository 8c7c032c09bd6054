import { execFileSync } from 'node:child_process';
import { cpus, loadavg, totalmem } from 'node:os';

export interface Environment {
  cpus: number;
  cpuModel: string;
  memoryGB: number;
  /** Other work on the machine skews every number: say how busy it was when the run began. */
  loadAverage: number;
  node: string;
  chromium: string;
  firefox: string;
  date: string;
}

export function environment(): Environment {
  const cpu = cpus();
  return {
    cpus: cpu.length,
    cpuModel: cpu[0]?.model.trim() ?? 'unknown',
    memoryGB: Math.round(totalmem() / 2 ** 30),
    loadAverage: loadavg()[0] ?? 0,
    node: process.version,
    chromium: version(process.env.CHROMIUM_PATH ?? 'chromium'),
    firefox: version(process.env.FIREFOX_PATH ?? 'firefox-esr'),
    date: new Date().toISOString(),
  };
}

function version(command: string): string {
  try {
    return execFileSync(command, ['--version'], {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
      timeout: 20_000,
    }).trim();
  } catch {
    return 'not found';
  }
}
