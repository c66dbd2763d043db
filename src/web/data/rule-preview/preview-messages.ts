import type { ApiErrorBody } from '../../../contract/errors';
import type { JobProgress } from '../../lib/rule-outcomes/job-progress';
import type { OrderImpact, OrderImpactRequest } from '../../lib/rule-outcomes/order-impact-job';
import type { RulePreview, RulePreviewRequest } from '../../lib/rule-outcomes/preview-rule-job';

/** Which recent exceptions a job runs on: the console's window and limit for one environment. */
export type ExceptionSource = { envId: number; days: number; limit: number };

export type PreviewJob =
  { type: 'preview'; request: RulePreviewRequest } | { type: 'order'; request: OrderImpactRequest };

/** From the page to the worker. A new job never cancels another by itself: the page cancels what it no longer needs. */
export type PreviewWorkerRequest =
  ({ id: number; source: ExceptionSource } & PreviewJob) | { type: 'cancel'; id: number };

export type PreviewProgress = { phase: 'loading' | JobProgress['phase']; done: number; total: number };

/** The exceptions a job ran on, as the console answered them. */
export type ExceptionWindow = {
  days: number;
  from: string;
  to: string;
  exceptions: number;
  /** More exceptions than the limit fell in the window: these are the most recent. */
  hasMore: boolean;
  /** Rows PostHog sent that could not be read. */
  skipped: number;
};

export type SerializedError =
  { api: { status: number; body: ApiErrorBody; retryAfter: number | null } } | { message: string };

/** From the worker to the page. */
export type PreviewWorkerReply =
  | { type: 'progress'; id: number; progress: PreviewProgress }
  | { type: 'done'; id: number; window: ExceptionWindow; outcome: RulePreview | OrderImpact }
  | { type: 'failed'; id: number; error: SerializedError }
  | { type: 'cancelled'; id: number };
