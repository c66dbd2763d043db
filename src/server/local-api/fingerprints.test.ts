import { describe, expect, it } from 'vitest';
import { makeTestServer } from '../test-support';
import {
  addFingerprint,
  addIssue,
  errorBody,
  expectEmptyDelete405,
  expectMethodsRefused,
  prefixes,
  snapshot,
} from './error-tracking-fixtures.test-support';

const issueA = '11111111-1111-4111-8111-111111111111';
const issueB = '22222222-2222-4222-8222-222222222222';
const fpLate = 'f0000001-0000-4000-8000-000000000000';
const fpEarly = 'f0000002-0000-4000-8000-000000000000';
const fpB = 'f0000003-0000-4000-8000-000000000000';
const fpMobile = 'f0000004-0000-4000-8000-000000000000';

function setup() {
  const server = makeTestServer();
  const { db } = server;
  addIssue(db, { id: issueA });
  addIssue(db, { id: issueB });
  const mobileIssue = addIssue(db, { teamId: 2 });
  addFingerprint(db, issueA, 'late', {
    id: fpLate,
    createdAt: '2026-02-03T00:00:00.000Z',
    firstSeen: '2026-02-03T00:00:00.000Z',
  });
  addFingerprint(db, issueA, 'early', { id: fpEarly, createdAt: '2026-02-01T00:00:00.000Z' });
  addFingerprint(db, issueB, 'bee', { id: fpB, createdAt: '2026-02-02T00:00:00.000Z' });
  addFingerprint(db, mobileIssue, 'mobile', { id: fpMobile, teamId: 2 });
  return server;
}

const notFound = errorBody.notFound('Fingerprint not found');

describe.each(prefixes)('fingerprints under %s', (prefix) => {
  const base = `${prefix}/1/error_tracking/fingerprints`;

  it('lists this environment’s fingerprints by created_at, paginated', async () => {
    const { call } = setup();
    const res = await call('GET', `${base}/`);
    expect(res.status).toBe(200);
    expect(res.json.count).toBe(3);
    expect(res.json.results.map((row: any) => row.id)).toEqual([fpEarly, fpB, fpLate]);
    expect(res.json.results[2]).toEqual({
      id: fpLate,
      fingerprint: 'late',
      issue_id: issueA,
      created_at: '2026-02-03T00:00:00.000Z',
      first_seen: '2026-02-03T00:00:00.000Z',
    });
    const page = await call('GET', `${base}/?limit=1&offset=1`);
    expect(page.json.results.map((row: any) => row.id)).toEqual([fpB]);
    expect(page.json.next).toBe(`http://localhost${base}/?limit=1&offset=2`);
  });

  it('filters by ?issue_id= and refuses a malformed one', async () => {
    const { call } = setup();
    const res = await call('GET', `${base}/?issue_id=${issueA.toUpperCase()}`);
    expect(res.json.results.map((row: any) => row.fingerprint)).toEqual(['early', 'late']);
    const bad = await call('GET', `${base}/?issue_id=nope`);
    expect(bad.status).toBe(400);
    expect(bad.json).toEqual(errorBody.validation('issue_id must be a valid UUID', 'issue_id'));
  });

  it('resolves a fingerprint value: 200, 404 unknown or other environment, 400 missing', async () => {
    const { call } = setup();
    const res = await call('GET', `${base}/resolve/?fingerprint=bee`);
    expect(res.status).toBe(200);
    expect(res.json).toMatchObject({ id: fpB, fingerprint: 'bee', issue_id: issueB });
    for (const value of ['nope', 'mobile']) {
      const missing = await call('GET', `${base}/resolve?fingerprint=${value}`);
      expect(missing.status).toBe(404);
      expect(missing.json).toEqual(notFound);
    }
    for (const query of ['', '?fingerprint=']) {
      const required = await call('GET', `${base}/resolve/${query}`);
      expect(required.status).toBe(400);
      expect(required.json).toMatchObject({
        type: 'validation_error',
        attr: 'fingerprint',
        detail: 'This field is required.',
      });
    }
  });

  it('retrieves one; unknown, malformed and other-environment ids are 404 "Fingerprint not found"', async () => {
    const { call } = setup();
    expect((await call('GET', `${base}/${fpEarly}/`)).json).toMatchObject({ fingerprint: 'early' });
    for (const id of ['00000000-0000-4000-8000-000000000000', 'garbage', fpMobile]) {
      const res = await call('GET', `${base}/${id}/`);
      expect(res.status).toBe(404);
      expect(res.json).toEqual(notFound);
    }
    expect((await call('GET', `${prefix}/2/error_tracking/fingerprints/${fpMobile}`)).json.fingerprint).toBe('mobile');
  });

  it('refuses DELETE with an empty 405 and leaves the row', async () => {
    const { call, db } = setup();
    const before = snapshot(db);
    await expectEmptyDelete405(call, `${base}/${fpEarly}/`);
    await expectEmptyDelete405(call, `${base}/garbage/`);
    expect(snapshot(db)).toEqual(before);
  });

  it('answers the JSON 405 to PATCH, PUT and POST', async () => {
    const { call, db } = setup();
    const before = snapshot(db);
    const cases: Array<[string, string]> = [
      ['PATCH', `${base}/${fpEarly}/`],
      ['PUT', `${base}/${fpEarly}/`],
      ['POST', `${base}/`],
      ['DELETE', `${base}/`],
      ['POST', `${base}/resolve/`],
    ];
    await expectMethodsRefused(call, cases, { issue_id: issueB });
    expect(snapshot(db)).toEqual(before);
  });
});
