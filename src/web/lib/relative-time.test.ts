import { describe, expect, it } from 'vitest';
import { formatAbsoluteTime, formatRelativeTime, formatShortAge, relativePhrase, relativeUnits } from './relative-time';

const now = Date.parse('2026-03-10T12:00:00.000Z');

describe('formatRelativeTime', () => {
  it('says how long ago in the largest whole unit', () => {
    expect(formatRelativeTime('2026-03-10T11:59:30.000Z', now)).toBe('just now');
    expect(formatRelativeTime('2026-03-10T11:55:00.000Z', now)).toBe('5 minutes ago');
    expect(formatRelativeTime('2026-03-10T09:00:00.000Z', now)).toBe('3 hours ago');
    expect(formatRelativeTime('2026-03-09T12:00:00.000Z', now)).toBe('yesterday');
    expect(formatRelativeTime('2026-02-25T12:00:00.000Z', now)).toBe('last week');
    expect(formatRelativeTime('2026-01-01T12:00:00.000Z', now)).toBe('2 months ago');
    expect(formatRelativeTime('2024-01-01T12:00:00.000Z', now)).toBe('2 years ago');
  });

  it('handles the future and unreadable input', () => {
    expect(formatRelativeTime('2026-03-10T14:00:00.000Z', now)).toBe('in 2 hours');
    expect(formatRelativeTime('not a date', now)).toBe('not a date');
    expect(formatAbsoluteTime('not a date')).toBe('not a date');
  });
});

describe('relativePhrase', () => {
  it('words every unit as Intl.RelativeTimeFormat does in English, past and future', () => {
    const intl = new Intl.RelativeTimeFormat('en', { numeric: 'auto' });
    for (const unit of relativeUnits) {
      for (let count = -999; count <= 999; count++) {
        if (count === 0) continue;
        expect(relativePhrase(count, unit)).toBe(intl.format(count, unit.name as Intl.RelativeTimeFormatUnit));
      }
    }
  });
});

describe('formatShortAge', () => {
  it('says how long ago in the largest whole unit, in one letter', () => {
    expect(formatShortAge('2026-03-10T11:59:30.000Z', now)).toBe('now');
    expect(formatShortAge('2026-03-10T11:55:00.000Z', now)).toBe('5m');
    expect(formatShortAge('2026-03-10T09:00:00.000Z', now)).toBe('3h');
    expect(formatShortAge('2026-02-25T12:00:00.000Z', now)).toBe('13d');
    expect(formatShortAge('not a date', now)).toBe('not a date');
  });
});
