import { processException, type CapturedException, type PipelineContext } from './exception-pipeline';
import type { IngestionCounts } from './ingestion-counts';

/**
 * One `$exception` through the pipeline, in a savepoint so that an event the pipeline fails on leaves nothing
 * behind, and its outcome counted. Capture requests and the demo's replay both ingest through it. True if stored.
 */
export function ingestException(
  context: PipelineContext,
  exception: CapturedException,
  counts: IngestionCounts,
): boolean {
  try {
    const outcome = context.db.transaction(() => processException(context, exception))();
    if (outcome.kind === 'stored') counts.add('ingested');
    else if (outcome.kind === 'suppressed') counts.add('suppressed', outcome.ruleId);
    else if (outcome.kind === 'rejected') counts.add('rejected', outcome.reason);
    else counts.add(outcome.kind);
    return outcome.kind === 'stored';
  } catch (err) {
    console.error(`Ingestion could not process event ${exception.uuid}:`, err);
    context.issues.clear();
    counts.add('rejected', 'processing_error');
    return false;
  }
}
