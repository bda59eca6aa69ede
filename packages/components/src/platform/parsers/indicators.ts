/** The indicators reader (wide tables, or indicators with their values), as a worker or a module. */
import { indicatorsJob, serveIfWorker, type ParserJobSet } from '../parser-worker.ts';

export const jobs: ParserJobSet = { indicators: indicatorsJob };
serveIfWorker(jobs);
