/**
 * Commitments and milestones from JSON or from properties: core's readers, with the CSV
 * readers' rules and messages (an unknown `completion` is an error naming its record and
 * field). Loaded only for them, so a CSV page never downloads them.
 */
export { readCommitmentsJson, readMilestonesJson } from '@rendir/core';
