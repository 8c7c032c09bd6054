// The pipeline in a worker thread, so `analyze` can stop a page that takes too long (see watchdog.ts).
import { parentPort } from 'node:worker_threads';
import { analyzeFile } from './analyze-file';

export interface AnalyzeJob {
  file: string;
  readabilityOnly: boolean;
}

parentPort?.on('message', (job: AnalyzeJob) => {
  parentPort!.postMessage(analyzeFile(job.file, job.readabilityOnly));
});
