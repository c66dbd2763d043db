import type { Job } from './job-progress';

/** A job run to its end at once, as a test wants it (the worker runs it in slices). */
export function runJob<T>(job: Job<T>): T {
  for (;;) {
    const step = job.next();
    if (step.done) return step.value;
  }
}
