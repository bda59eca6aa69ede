/** The commitments and milestones readers, as a worker or a module. */
import {
  commitmentsJob,
  milestonesJob,
  serveIfWorker,
  type ParserJobSet,
} from '../parser-worker.ts';

export const jobs: ParserJobSet = { commitments: commitmentsJob, milestones: milestonesJob };
serveIfWorker(jobs);
