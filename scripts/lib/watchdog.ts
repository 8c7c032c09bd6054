import { Worker } from 'node:worker_threads';
import { ledeError } from '../../utils/pipeline/types';
import type { FileReport } from './analyze-file';
import type { AnalyzeJob } from './analyze-worker';

const WORKER = new URL('./analyze-worker.mjs', import.meta.url);

/**
 * Runs pages through the pipeline in a worker thread, one at a time, under a time limit per page:
 * a page that runs over gets a "too complex" report and a fresh worker takes the next one, as the
 * extension's watchdog does for the reader.
 */
export class Watchdog {
  private worker: Worker | null = null;

  constructor(private readonly limitMs: number) {}

  analyze(job: AnalyzeJob): Promise<FileReport> {
    const worker = (this.worker ??= new Worker(WORKER));
    return new Promise((resolve, reject) => {
      const done = () => {
        clearTimeout(timer);
        worker.off('message', onMessage);
        worker.off('error', onError);
      };
      const onMessage = (report: FileReport) => {
        done();
        resolve(report);
      };
      const onError = (err: Error) => {
        done();
        this.worker = null;
        reject(err);
      };
      const timer = setTimeout(() => {
        done();
        this.worker = null;
        void worker.terminate();
        resolve({ error: ledeError('too-large', { reason: 'time', max: this.limitMs / 1000 }) });
      }, this.limitMs);
      worker.on('message', onMessage);
      worker.on('error', onError);
      worker.postMessage(job);
    });
  }

  close(): Promise<number> | undefined {
    return this.worker?.terminate();
  }
}
