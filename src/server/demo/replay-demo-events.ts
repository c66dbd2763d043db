import { evaluate } from '../../rule-engine';
import { loadBatchRules } from '../ingest/engine-rules';
import type { PipelineContext } from '../ingest/exception-pipeline';
import { ingestException } from '../ingest/ingest-exception';
import { IngestionCounts } from '../ingest/ingestion-counts';
import { loadTestAccountFilter } from '../ingest/test-account-filter';
import type { Db } from '../store/database';
import type { DemoEvent } from './demo-events';
import type { Random } from './random';

// An SDK sends what it caught within seconds; here, whatever came within ten minutes arrives as one batch.
const batch = { windowMs: 600_000, events: 500 };

/**
 * The demo's exceptions through ingestion's own pipeline, in time order and in batches as capture requests bring
 * them: issues created and assigned as the rules decide, a rule that fails disabled (and dropped from the rules
 * the next events meet), every outcome counted. Nothing else changes the rules meanwhile, so they are read once
 * per environment. Issue and fingerprint ids come from `ids`, so the demo is the same on every seed.
 */
export function replayDemoEvents(db: Db, events: readonly DemoEvent[], ids: Random): void {
  const isTestAccount = loadTestAccountFilter(db);
  for (const teamId of new Set(events.map((event) => event.teamId))) {
    const team = events.filter((event) => event.teamId === teamId).map((event) => event.exception);
    const counts = new IngestionCounts();
    const rules = loadBatchRules(db, teamId);
    for (let start = 0; start < team.length;) {
      const opened = Date.parse(team[start]!.timestamp);
      let end = start + 1;
      while (
        end < team.length &&
        end - start < batch.events &&
        Date.parse(team[end]!.timestamp) - opened < batch.windowMs
      )
        end++;
      const context: PipelineContext = {
        db,
        teamId,
        engine: { evaluate },
        rules,
        isTestAccount,
        issues: new Map(),
        newId: () => ids.uuid(),
        now: team[end - 1]!.timestamp,
      };
      for (let index = start; index < end; index++) ingestException(context, team[index]!, counts);
      start = end;
    }
    counts.flush(db, teamId);
  }
}
