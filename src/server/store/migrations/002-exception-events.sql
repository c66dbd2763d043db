-- One row per captured `$exception` event, as PostHog keeps them (its events table, event = '$exception').
-- `issue_id` is the issue the event was assigned at ingestion ($exception_issue_id); queries follow the fingerprint
-- to its current issue first, so merges and splits move past events along with their fingerprints, as in PostHog.
CREATE TABLE exception_events (
  uuid TEXT PRIMARY KEY,
  team_id INTEGER NOT NULL REFERENCES projects(id),
  issue_id TEXT NOT NULL,        -- not a foreign key: merged-away issues are deleted, their events stay
  fingerprint TEXT NOT NULL,     -- $exception_fingerprint
  timestamp TEXT NOT NULL,       -- ISO 8601, UTC
  distinct_id TEXT NOT NULL,
  session_id TEXT,               -- $session_id; NULL or '' when the event had none
  library TEXT,                  -- $lib
  is_test_account INTEGER NOT NULL DEFAULT 0 CHECK (is_test_account IN (0, 1)),
  properties TEXT NOT NULL DEFAULT '{}'  -- JSON: $exception_types, $exception_values, $exception_sources, …
);
CREATE INDEX exception_events_team_issue_time ON exception_events (team_id, issue_id, timestamp);
CREATE INDEX exception_events_team_fingerprint_time ON exception_events (team_id, fingerprint, timestamp);
CREATE INDEX exception_events_team_time ON exception_events (team_id, timestamp);

-- An issue's first_seen is now derived (the earliest first_seen of its fingerprints, as PostHog's
-- Min(fingerprints__first_seen)); issues.first_seen is still written but no longer read.
-- The REST list has no ordering promise: it is read in id order.
CREATE INDEX issues_team_id ON issues (team_id, id);

-- PostHog keeps no uniqueness on references: linking a ticket the issue already has answers the existing reference,
-- but the same ticket may be linked to several issues (and a merge can gather such references on one issue).
CREATE TABLE external_references_v2 (
  id TEXT PRIMARY KEY,
  team_id INTEGER NOT NULL REFERENCES projects(id),
  issue_id TEXT NOT NULL REFERENCES issues(id),
  integration_id INTEGER NOT NULL REFERENCES integrations(id),
  external_context TEXT NOT NULL, -- JSON, per tracker kind
  context_key TEXT NOT NULL,      -- canonical form of external_context, to find a ticket already linked
  created_at TEXT NOT NULL
);
INSERT INTO external_references_v2 SELECT id, team_id, issue_id, integration_id, external_context, context_key, created_at
  FROM external_references;
DROP TABLE external_references;
ALTER TABLE external_references_v2 RENAME TO external_references;
CREATE INDEX external_references_team ON external_references (team_id, id);
CREATE INDEX external_references_issue ON external_references (issue_id, integration_id, context_key);
