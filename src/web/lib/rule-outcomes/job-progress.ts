/** How far a job over the table's exceptions has come; jobs yield it every `progressEvery` exceptions. */
export type JobProgress = { phase: 'openers' | 'outcomes'; done: number; total: number };

export const progressEvery = 256;

export type Job<T> = Generator<JobProgress, T, void>;
