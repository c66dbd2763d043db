import { describe, expect, it } from 'vitest';
import { eventTimestamp, parseEventDate } from './event-timestamp';

const now = Date.parse('2026-06-01T12:00:00.000Z');
const at = (timestamp: string | null, more: { offset?: number; sentAt?: string; ignoreSentAt?: boolean } = {}) =>
  eventTimestamp({
    timestamp,
    offset: more.offset ?? null,
    sentAt: more.sentAt ? new Date(more.sentAt) : null,
    ignoreSentAt: more.ignoreSentAt ?? false,
    now,
  }).toISOString();

describe('parseEventDate (capture’s parse_date)', () => {
  it('reads RFC 3339, `+03` zones, civil times as UTC, dates, and epoch seconds or milliseconds', () => {
    expect(parseEventDate('2026-05-01T10:00:00.123+02:00')).toBe(Date.parse('2026-05-01T08:00:00.123Z'));
    expect(parseEventDate('2026-05-01T10:00:00.805+03')).toBe(Date.parse('2026-05-01T07:00:00.805Z'));
    expect(parseEventDate('2026-05-01T10:00:00')).toBe(Date.parse('2026-05-01T10:00:00Z'));
    expect(parseEventDate('2026-05-01 10:00:00')).toBe(Date.parse('2026-05-01T10:00:00Z'));
    expect(parseEventDate('2026-05-01')).toBe(Date.parse('2026-05-01T00:00:00Z'));
    expect(parseEventDate('1780000000')).toBe(1_780_000_000_000);
    expect(parseEventDate('1780000000123')).toBe(1_780_000_000_123);
    expect(parseEventDate('soon')).toBeNull();
  });
});

describe('eventTimestamp (capture’s parse_event_timestamp)', () => {
  it('takes the client’s time, corrected by how far its clock is from ours when sent_at is known', () => {
    expect(at('2026-06-01T11:00:00Z')).toBe('2026-06-01T11:00:00.000Z');
    // The client's clock is 10 s ahead.
    expect(at('2026-06-01T11:00:00Z', { sentAt: '2026-06-01T12:00:10Z' })).toBe('2026-06-01T10:59:50.000Z');
    expect(at('2026-06-01T11:00:00Z', { sentAt: '2026-06-01T12:00:10Z', ignoreSentAt: true })).toBe(
      '2026-06-01T11:00:00.000Z',
    );
  });

  it('lets offset win, falls back to now, clamps more than 23 h ahead to now, and a year before 0 to the epoch', () => {
    expect(at('2026-06-01T11:00:00Z', { offset: 5000 })).toBe('2026-06-01T11:59:55.000Z');
    expect(at(null)).toBe('2026-06-01T12:00:00.000Z');
    expect(at('not a date', { sentAt: '2026-06-01T12:00:10Z' })).toBe('2026-06-01T12:00:00.000Z');
    expect(at('2026-06-02T10:00:00Z')).toBe('2026-06-02T10:00:00.000Z');
    expect(at('2026-06-03T12:00:00Z')).toBe('2026-06-01T12:00:00.000Z');
    expect(at('2026-06-01T12:00:00Z', { offset: 3e14 })).toBe('1970-01-01T00:00:00.000Z');
  });
});
