-- The history of each environment's rules (both modes): one row per recorded change, pointing at the three lists as
-- they were after it. A list is stored once per distinct content (`digest`: SHA-256 of its canonical JSON), so an
-- entry that changed one kind costs that kind's list only. Kept bounded: the newest entries per environment (see
-- docs/decisions/031-rule-history.md); lists no entry points at any more are deleted with them.
-- No foreign key to projects: in connected mode PostHog knows the environments, and a demo reset deletes projects.
CREATE TABLE rule_lists (
  id INTEGER PRIMARY KEY,
  team_id INTEGER NOT NULL,
  kind TEXT NOT NULL CHECK (kind IN ('assignment', 'grouping', 'suppression')),
  digest TEXT NOT NULL,
  body TEXT NOT NULL,            -- JSON array of rules in evaluation order
  UNIQUE (team_id, kind, digest)
);

CREATE TABLE rule_history (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  team_id INTEGER NOT NULL,
  recorded_at TEXT NOT NULL,
  actor_type TEXT NOT NULL CHECK (actor_type IN ('person', 'api_key', 'browser', 'outside')),
  actor_name TEXT,               -- the person's name or the key's label; NULL otherwise
  action TEXT NOT NULL CHECK (action IN ('create', 'update', 'delete', 'reorder', 'outside', 'baseline')),
  kinds TEXT NOT NULL,           -- JSON array of rule kinds
  rule_ids TEXT NOT NULL,        -- JSON array of rule ids
  plan_label TEXT,
  assignment_list INTEGER NOT NULL REFERENCES rule_lists(id),
  grouping_list INTEGER NOT NULL REFERENCES rule_lists(id),
  suppression_list INTEGER NOT NULL REFERENCES rule_lists(id)
);
CREATE INDEX rule_history_team ON rule_history (team_id, id);
CREATE INDEX rule_history_assignment_list ON rule_history (assignment_list);
CREATE INDEX rule_history_grouping_list ON rule_history (grouping_list);
CREATE INDEX rule_history_suppression_list ON rule_history (suppression_list);
