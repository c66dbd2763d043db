-- Each environment's project token, as PostHog's `api_token`: what SDKs send to the capture endpoints.
-- PostHog's are `phc_` + 43 URL-safe characters; these are `phc_` + 43 hex characters, a subset of that alphabet.
ALTER TABLE projects ADD COLUMN api_token TEXT;
UPDATE projects SET api_token = 'phc_' || substr(lower(hex(randomblob(22))), 1, 43) WHERE api_token IS NULL;
CREATE UNIQUE INDEX projects_api_token ON projects (api_token);
-- Every way a project is inserted (repository, demo, tests' plain SQL) gets a token.
CREATE TRIGGER projects_api_token_on_insert AFTER INSERT ON projects FOR EACH ROW WHEN NEW.api_token IS NULL
BEGIN
  UPDATE projects SET api_token = 'phc_' || substr(lower(hex(randomblob(22))), 1, 43) WHERE id = NEW.id;
END;

-- What ingestion decided for the event (fingerprint, rules that matched or failed, issue linked); JSON.
-- NULL for events that did not come through the capture endpoints (demo data).
ALTER TABLE exception_events ADD COLUMN trace TEXT;

-- Ingestion counters per environment: `counter` is ingested | ignored | duplicate | suppressed | issue_suppressed |
-- rejected; `detail` is the suppression rule's id or the rejection's code ('' otherwise).
-- No foreign key: a project's counters never stop it being deleted (the demo reset deletes projects).
CREATE TABLE ingestion_counters (
  team_id INTEGER NOT NULL,
  counter TEXT NOT NULL,
  detail TEXT NOT NULL DEFAULT '',
  value INTEGER NOT NULL,
  PRIMARY KEY (team_id, counter, detail)
);
