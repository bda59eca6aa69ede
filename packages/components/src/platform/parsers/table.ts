/** Rows in batches as a file arrives (the dataset widget), as a worker or a module. */
import { serveIfWorker, tableJob, type ParserJobSet } from '../parser-worker.ts';

export const jobs: ParserJobSet = { table: tableJob };
serveIfWorker(jobs);
