/**
 * Evaluation mode reveals unblinded scores for benchmarking and accuracy studies. It is off by
 * default and refused outright when NODE_ENV=production, on every party.
 */
import { SealmatchError } from './errors.js';

/** Throws E_EVAL_MODE_FORBIDDEN when the process runs in production configuration. */
export function assertEvaluationModeAllowed(party: string): void {
  if (process.env.NODE_ENV === 'production') {
    throw new SealmatchError('E_EVAL_MODE_FORBIDDEN', `evaluation mode refused on the ${party}: NODE_ENV=production`);
  }
}
