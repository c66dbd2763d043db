import { describe, expect, it } from 'vitest';
import { replayableProperties } from './replayable-properties';

const stored = {
  $exception_types: ['TypeError'],
  $exception_fingerprint: 'custom-rule:0190',
  $exception_proposed_fingerprint: 'custom-rule:0190',
  $exception_fingerprint_record: [{ type: 'custom', rule_id: '0190' }],
  $exception_issue_id: '01900000-0000-7000-8000-00000000000a',
  $lib: 'web',
};

describe('a stored event replayed through the rules', () => {
  it("loses what ingestion wrote, and keeps what the client sent and cymbal's arrays", () => {
    expect(replayableProperties(stored)).toEqual({ $exception_types: ['TypeError'], $lib: 'web' });
  });

  it('keeps a fingerprint the client sent itself (recorded as manual)', () => {
    const manual = { ...stored, $exception_fingerprint: 'mine', $exception_fingerprint_record: [{ type: 'manual' }] };
    expect(replayableProperties(manual)).toEqual({
      $exception_types: ['TypeError'],
      $lib: 'web',
      $exception_fingerprint: 'mine',
    });
  });

  it('keeps an own "__proto__" property as a property', () => {
    const odd = JSON.parse('{"__proto__": {"polluted": true}, "$exception_issue_id": "x"}');
    const replayed = replayableProperties(odd);
    expect(Object.hasOwn(replayed, '__proto__')).toBe(true);
    expect(Object.getPrototypeOf(replayed)).toBe(Object.prototype);
  });
});
