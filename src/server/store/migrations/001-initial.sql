-- Environments (PostHog "teams"); /api/projects/:id and /api/environments/:id address the same row.
CREATE TABLE projects (
  id INTEGER PRIMARY KEY,
  name TEXT NOT NULL,
  created_at TEXT NOT NULL
);

CREATE TABLE users (
  id INTEGER PRIMARY KEY,
  uuid TEXT NOT NULL UNIQUE,
  membership_id TEXT NOT NULL UNIQUE,
  first_name TEXT NOT NULL,
  last_name TEXT NOT NULL DEFAULT '',
  email TEXT NOT NULL UNIQUE,
  level INTEGER NOT NULL DEFAULT 1
);

CREATE TABLE roles (
  id TEXT PRIMARY KEY,
  name TEXT NOT NULL,
  created_at TEXT NOT NULL
);

CREATE TABLE role_members (
  role_id TEXT NOT NULL REFERENCES roles(id) ON DELETE CASCADE,
  user_id INTEGER NOT NULL REFERENCES users(id) ON DELETE CASCADE,
  PRIMARY KEY (role_id, user_id)
);

-- Personal API keys: only the SHA-256 of the secret is kept.
CREATE TABLE personal_api_keys (
  id TEXT PRIMARY KEY,
  label TEXT NOT NULL,
  secure_value TEXT NOT NULL UNIQUE,
  mask_value TEXT NOT NULL,
  scopes TEXT NOT NULL,          -- JSON array of scope strings
  scoped_teams TEXT,             -- JSON array of project ids, NULL = all
  created_at TEXT NOT NULL,
  last_used_at TEXT
);

-- Server-wide settings (e.g. the dashboard session secret).
CREATE TABLE meta (
  key TEXT PRIMARY KEY,
  value TEXT NOT NULL
);

-- The three rule kinds share one table: same columns, same ordering, same reorder.
CREATE TABLE rules (
  id TEXT PRIMARY KEY,
  team_id INTEGER NOT NULL REFERENCES projects(id),
  kind TEXT NOT NULL CHECK (kind IN ('assignment', 'grouping', 'suppression')),
  filters TEXT NOT NULL,         -- JSON property group
  assignee TEXT,                 -- JSON {type, id} or NULL
  description TEXT,              -- grouping only
  sampling_rate REAL,            -- suppression only
  order_key INTEGER NOT NULL DEFAULT 0,
  disabled_data TEXT,            -- JSON or NULL
  created_at TEXT NOT NULL,
  updated_at TEXT
);
CREATE INDEX rules_team_kind_order ON rules (team_id, kind, order_key, created_at);

CREATE TABLE issues (
  id TEXT PRIMARY KEY,
  team_id INTEGER NOT NULL REFERENCES projects(id),
  status TEXT NOT NULL DEFAULT 'active',
  name TEXT,
  description TEXT,
  assignee TEXT,                 -- JSON {type, id} or NULL
  first_seen TEXT NOT NULL,
  created_at TEXT NOT NULL
);
CREATE INDEX issues_team_first_seen ON issues (team_id, first_seen DESC, id);
CREATE INDEX issues_team_status ON issues (team_id, status, first_seen DESC);

CREATE TABLE fingerprints (
  id TEXT PRIMARY KEY,
  team_id INTEGER NOT NULL REFERENCES projects(id),
  fingerprint TEXT NOT NULL,
  issue_id TEXT NOT NULL REFERENCES issues(id),
  created_at TEXT NOT NULL,
  first_seen TEXT,
  UNIQUE (team_id, fingerprint)
);
CREATE INDEX fingerprints_team_created ON fingerprints (team_id, created_at, id);
CREATE INDEX fingerprints_team_issue ON fingerprints (team_id, issue_id, created_at, id);

CREATE TABLE integrations (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  team_id INTEGER NOT NULL REFERENCES projects(id),
  kind TEXT NOT NULL,
  display_name TEXT NOT NULL,
  config TEXT NOT NULL,          -- JSON, returned by the API
  picker_data TEXT,              -- JSON stand-in for the tracker's listings (demo integrations)
  api_base_url TEXT,             -- with access_token: call the tracker's real API
  access_token TEXT,
  created_at TEXT NOT NULL
);
CREATE INDEX integrations_team ON integrations (team_id, kind);

CREATE TABLE external_references (
  id TEXT PRIMARY KEY,
  team_id INTEGER NOT NULL REFERENCES projects(id),
  issue_id TEXT NOT NULL REFERENCES issues(id),
  integration_id INTEGER NOT NULL REFERENCES integrations(id),
  external_context TEXT NOT NULL, -- JSON, per tracker kind
  context_key TEXT NOT NULL,      -- canonical form of external_context: the same ticket links once
  created_at TEXT NOT NULL,
  UNIQUE (integration_id, context_key)
);
CREATE INDEX external_references_team ON external_references (team_id, created_at, id);
CREATE INDEX external_references_issue ON external_references (issue_id);
