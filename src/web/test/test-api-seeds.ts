import { randomUUID } from 'node:crypto';
import type { Fingerprint } from '../../contract/fingerprints';
import type { Rule, RuleKind } from '../../contract/rules';
import { addFingerprint, addIssue } from '../../server/local-api/error-tracking-fixtures.test-support';
import type { Db } from '../../server/store/database';
import { insertExceptionEvent } from '../../server/store/exception-events-repository';
import { insertReference } from '../../server/store/external-references-repository';
import { toJson } from '../../server/store/json-column';
import { insertUser } from '../../server/store/members-repository';
import { insertRole } from '../../server/store/roles-repository';
import type { SeededIssue } from './issue-fixtures';
import { members, roles } from './organization-fixtures';

/** The organization of organization-fixtures: its members (users) and roles. */
export function seedOrganization(db: Db): void {
  for (const member of members) insertUser(db, { ...member.user, membership_id: member.id, level: member.level });
  for (const role of roles) {
    // The contract leaves role members loosely typed; organization-fixtures writes them as PostHog does.
    const memberIds = (role.members as Array<{ user: { id: number } }>).map((member) => member.user.id);
    insertRole(db, { id: role.id, name: role.name, created_at: '2026-01-01T00:00:00.000Z' }, memberIds);
  }
}

/** Rules stored exactly as given (ids, order keys, timestamps, disabled_data), as PostHog may hold them. */
export function seedRules(db: Db, kind: RuleKind, rules: readonly Rule[], teamId: number): void {
  const insert = db.prepare(
    `INSERT INTO rules (id, team_id, kind, filters, assignee, description, sampling_rate, order_key, disabled_data,
       created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  db.transaction(() => {
    for (const rule of rules) {
      const fields = rule as Partial<Record<'assignee' | 'description' | 'sampling_rate', unknown>>;
      insert.run(
        rule.id,
        teamId,
        kind,
        toJson(rule.filters),
        toJson(fields.assignee ?? null),
        fields.description ?? null,
        fields.sampling_rate ?? null,
        rule.order_key,
        toJson(rule.disabled_data),
        rule.created_at ?? '2026-01-01T00:00:00.000Z',
        rule.updated_at,
      );
    }
  })();
}

/**
 * Each issue with `occurrences` exception events from `users` distinct people, the latest at `last_seen` and the
 * others a second apart before it. The events carry the issue's name as `$exception_values`, which is what the
 * query's search reads. `first_seen` is not stored: PostHog derives it from the fingerprints (seedFingerprints).
 */
export function seedIssues(db: Db, issues: readonly SeededIssue[], teamId: number): void {
  db.transaction(() => {
    for (const issue of issues) {
      addIssue(db, {
        teamId,
        id: issue.id,
        name: issue.name,
        description: issue.description,
        status: issue.status,
        assignee: issue.assignee,
      });
      const last = Date.parse(issue.last_seen);
      for (let n = 0; n < issue.occurrences; n++) {
        insertExceptionEvent(db, {
          uuid: randomUUID(),
          teamId,
          issueId: issue.id,
          fingerprint: `events-of:${issue.id}`,
          timestamp: new Date(last - n * 1000).toISOString(),
          distinctId: `person-${n % Math.max(issue.users, 1)}`,
          library: 'web',
          properties: { $exception_values: [issue.name ?? ''] },
        });
      }
    }
  })();
}

/** One exception event of an issue, with exactly these properties (its fingerprint `events-of:<issue>` by default). */
export type SeededEvent = {
  uuid: string;
  issueId: string;
  timestamp: string;
  properties: Record<string, unknown>;
  fingerprint?: string;
};

export function seedEvents(db: Db, events: readonly SeededEvent[], teamId: number): void {
  db.transaction(() => {
    for (const event of events) {
      insertExceptionEvent(db, {
        uuid: event.uuid,
        teamId,
        issueId: event.issueId,
        fingerprint: event.fingerprint ?? `events-of:${event.issueId}`,
        timestamp: event.timestamp,
        distinctId: 'person-0',
        library: 'web',
        properties: event.properties,
      });
    }
  })();
}

export function seedFingerprints(db: Db, fingerprints: readonly Fingerprint[], teamId: number): void {
  db.transaction(() => {
    for (const row of fingerprints) {
      addFingerprint(db, row.issue_id, row.fingerprint, {
        teamId,
        id: row.id,
        createdAt: row.created_at,
        firstSeen: row.first_seen,
      });
    }
  })();
}

/** Where the server calls the tracker of an integration seeded with a token (startTestApi answers as the tracker). */
export const trackerOrigin = 'https://tracker.test';

/**
 * An integration as the server stores it: `picker_data` stands in for the tracker's listings (repositories, teams,
 * tickets) while there is no `access_token`; with one, the server calls the tracker instead.
 */
export type SeededIntegration = {
  id: number;
  kind: string;
  display_name: string;
  config?: Record<string, unknown>;
  picker_data?: Record<string, unknown>;
  access_token?: string;
};

export function seedIntegrations(db: Db, integrations: readonly SeededIntegration[], teamId: number): void {
  const insert = db.prepare(
    `INSERT INTO integrations (id, team_id, kind, display_name, config, picker_data, api_base_url, access_token,
       created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  db.transaction(() => {
    for (const integration of integrations) {
      const token = integration.access_token ?? null;
      insert.run(
        integration.id,
        teamId,
        integration.kind,
        integration.display_name,
        JSON.stringify(integration.config ?? {}),
        integration.picker_data === undefined ? null : JSON.stringify(integration.picker_data),
        token === null ? null : trackerOrigin,
        token,
        '2026-01-01T00:00:00.000Z',
      );
    }
  })();
}

/** A ticket linked to an issue: the server builds its `external_url` from the integration's config and the context. */
export type SeededReference = {
  id: string;
  issue: string;
  integration: number;
  external_context: Record<string, unknown>;
};

export function seedReferences(db: Db, references: readonly SeededReference[], teamId: number): void {
  db.transaction(() => {
    for (const reference of references) {
      insertReference(db, {
        id: reference.id,
        teamId,
        issueId: reference.issue,
        integrationId: reference.integration,
        context: reference.external_context,
        createdAt: '2026-01-02T00:00:00.000Z',
      });
    }
  })();
}

/** One stored `$exception` event: properties as PostHog holds them (what ingestion added included, if given). */
export type SeededException = {
  uuid?: string;
  issueId: string;
  timestamp: string;
  properties: Record<string, unknown>;
};

/** Exception events, each issue they name created (active, unnamed) unless it is already there. */
export function seedExceptions(db: Db, exceptions: readonly SeededException[], teamId: number): void {
  const known = db.prepare('SELECT 1 FROM issues WHERE id = ?');
  db.transaction(() => {
    for (const { issueId } of exceptions) {
      if (known.get(issueId) === undefined) addIssue(db, { teamId, id: issueId, name: null });
    }
  })();
  seedEvents(
    db,
    exceptions.map((exception) => ({ ...exception, uuid: exception.uuid ?? randomUUID() })),
    teamId,
  );
}
