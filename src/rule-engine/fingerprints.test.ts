import { describe, expect, it } from 'vitest';
import { defaultFingerprint, evaluate } from './index';
import { and, grouping, leaf, rules } from './rule-builders.test-support';
import { sha512Hex } from './sha512-hex';
import type { Json } from './types';

const frame = (fn: string, source: string, inApp = true): Json => ({ function: fn, filename: source, in_app: inApp });
const listWith = (...exceptions: Json[]) => ({ $exception_list: exceptions });
const fingerprintOf = (properties: Record<string, Json>) =>
  evaluate({ uuid: '00000000-0000-0000-0000-000000000001', properties }, rules({})).grouping.fingerprint;

describe('a manual fingerprint', () => {
  it('is kept as sent up to 64 bytes', () => {
    const sent = 'x'.repeat(64);
    expect(fingerprintOf({ $exception_fingerprint: sent })).toMatchObject({
      fingerprint: sent,
      record: [{ type: 'manual' }],
    });
  });

  it('is hashed with SHA-512 past 64 bytes (UTF-8 bytes, not characters)', () => {
    const long = 'y'.repeat(65);
    expect(fingerprintOf({ $exception_fingerprint: long }).fingerprint).toBe(sha512Hex(long));
    expect(sha512Hex('abc')).toBe(
      'ddaf35a193617abacc417349ae20413112e6fa4e89a97ea20a9eeee64b55d39a2192992a274fc1a836ba3c23a3feebbd454d4423643ce80e2a9ac94fa54ca49f',
    );
    const multibyte = 'é'.repeat(33);
    expect(fingerprintOf({ $exception_fingerprint: multibyte }).fingerprint).toBe(sha512Hex(multibyte));
  });

  it('proposes the automatic fingerprint when no rule matched', () => {
    const properties = { ...listWith({ type: 'TypeError', value: 'boom' }), $exception_fingerprint: 'mine' };
    expect(fingerprintOf(properties).proposedFingerprint).toBe(defaultFingerprint(properties).fingerprint);
  });

  it('still lets grouping rules run and see it', () => {
    const byManual = and(leaf('$exception_fingerprint', 'exact', 'mine'));
    const trace = evaluate(
      { uuid: 'u', properties: { $exception_fingerprint: 'mine' } },
      rules({ grouping: [grouping('g', byManual)] }),
    );
    expect(trace.grouping).toMatchObject({
      winner: 'g',
      source: 'manual',
      fingerprint: { fingerprint: 'mine', proposedFingerprint: 'custom-rule:g' },
    });
  });
});

describe('the default fingerprint', () => {
  it('hashes type, then source and function of each in-app frame', () => {
    const properties = listWith({
      type: 'TypeError',
      value: 'varies per event 123',
      stacktrace: { frames: [frame('render', 'app.js'), frame('lib', 'vendor.js', false), frame('click', 'ui.js')] },
    });
    expect(defaultFingerprint(properties)).toEqual({
      fingerprint: sha512Hex('TypeErrorapp.jsrenderui.jsclick'),
      record: [
        { type: 'exception', id: null, pieces: ['Exception Type'] },
        { type: 'frame', raw_id: '0/0', pieces: ['Source file name', 'Function name'] },
        { type: 'frame', raw_id: '0/1', pieces: ['Source file name', 'Function name'] },
      ],
    });
  });

  it('ignores the message when there are in-app frames, uses it when there are none', () => {
    const withFrames = (value: string) => listWith({ type: 'E', value, stacktrace: { frames: [frame('f', 'a.js')] } });
    expect(defaultFingerprint(withFrames('one')).fingerprint).toBe(defaultFingerprint(withFrames('two')).fingerprint);
    const noInApp = (value: string) =>
      listWith({ type: 'E', value, stacktrace: { frames: [frame('f', 'a.js', false)] } });
    expect(defaultFingerprint(noInApp('one')).fingerprint).toBe(sha512Hex('Eone'));
    expect(defaultFingerprint(noInApp('one')).fingerprint).not.toBe(defaultFingerprint(noInApp('two')).fingerprint);
  });

  it('prefers resolved names and sources, and covers every exception of a chain', () => {
    const resolved = { resolved_name: 'real', function: 'a', mangled_name: 'b', source: 'src.ts', filename: 'min.js' };
    const properties = listWith({ type: 'Outer', stacktrace: { frames: [resolved] } }, { type: 'Inner', value: 'why' });
    expect(defaultFingerprint(properties).fingerprint).toBe(sha512Hex('Outersrc.tsrealInnerwhy'));
  });

  it('falls back to the stored arrays when there is no exception list', () => {
    expect(defaultFingerprint({ $exception_types: ['A', 'B'], $exception_values: ['x'] }).fingerprint).toBe(
      sha512Hex('AxB'),
    );
    expect(defaultFingerprint({ $exception_type: 'Legacy', $exception_message: 'm' }).fingerprint).toBe(
      sha512Hex('Legacym'),
    );
  });

  it('is what grouping uses without a rule or a manual fingerprint', () => {
    const properties = listWith({ type: 'TypeError', value: 'boom' });
    expect(fingerprintOf(properties)).toEqual({
      ...defaultFingerprint(properties),
      proposedFingerprint: defaultFingerprint(properties).fingerprint,
    });
  });
});
