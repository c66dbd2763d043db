import { describe, expect, it } from 'vitest';
import { ApiError } from '../http/api-error';
import { resolveDateRange } from './issue-query-dates';

const now = Date.parse('2026-03-31T12:00:00.000Z');
const from = (date_from: string) => resolveDateRange({ date_from }, now).from;

describe('resolveDateRange (PostHog relative dates)', () => {
  it('defaults to the last 7 days, to now', () => {
    expect(resolveDateRange(undefined, now)).toEqual({
      from: '2026-03-24T12:00:00.000Z',
      to: '2026-03-31T12:00:00.000Z',
    });
  });

  it('counts -Nh, -Nd, -Nw, -Nq back exactly, and -Nm, -Ny by calendar (day clamped to the month)', () => {
    expect(from('-3h')).toBe('2026-03-31T09:00:00.000Z');
    expect(from('-30M')).toBe('2026-03-31T11:30:00.000Z');
    expect(from('-2d')).toBe('2026-03-29T12:00:00.000Z');
    expect(from('-1w')).toBe('2026-03-24T12:00:00.000Z');
    expect(from('-1m')).toBe('2026-02-28T12:00:00.000Z');
    expect(from('-1y')).toBe('2025-03-31T12:00:00.000Z');
    expect(from('-1q')).toBe('2025-12-30T12:00:00.000Z');
  });

  it('reads "all" as four years back, and ISO dates (no zone = UTC)', () => {
    expect(from('all')).toBe(new Date(now - 4 * 365 * 86_400_000).toISOString());
    expect(from('2026-02-01')).toBe('2026-02-01T00:00:00.000Z');
    expect(from('2026-02-01T10:30')).toBe('2026-02-01T10:30:00.000Z');
    expect(from('2026-02-01T10:30:00+02:00')).toBe('2026-02-01T08:30:00.000Z');
  });

  it('adds a relative date_to (PostHog’s parser ignores the sign there), and null means now', () => {
    expect(resolveDateRange({ date_from: '-7d', date_to: '-1d' }, now).to).toBe('2026-04-01T12:00:00.000Z');
    expect(resolveDateRange({ date_from: '-7d', date_to: null }, now).to).toBe('2026-03-31T12:00:00.000Z');
  });

  it('refuses anything else with a 400 naming the field', () => {
    for (const [range, attr] of [
      [{ date_from: 'yesterday' }, 'dateRange__date_from'],
      [{ date_from: '-7x' }, 'dateRange__date_from'],
      [{ date_from: '2026-13-45' }, 'dateRange__date_from'],
      [{ date_to: 'all' }, 'dateRange__date_to'],
      [{ date_to: 'soon' }, 'dateRange__date_to'],
    ] as const) {
      let error: unknown;
      try {
        resolveDateRange(range, now);
      } catch (err) {
        error = err;
      }
      expect(error).toBeInstanceOf(ApiError);
      expect((error as ApiError).body).toMatchObject({ type: 'validation_error', attr });
    }
  });
});
