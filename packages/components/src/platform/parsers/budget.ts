/** The budget reader, as a worker or a module (see ../parser.ts). */
import { budgetJob, serveIfWorker, type ParserJobSet } from '../parser-worker.ts';

export const jobs: ParserJobSet = { budget: budgetJob };
serveIfWorker(jobs);
