import { describe, expect, it } from 'vitest';
import { ConfigError, readConfig } from './config';

describe('readConfig', () => {
  it('defaults to 127.0.0.1:8010, ./data and demo data', () => {
    const config = readConfig({});
    expect(config).toMatchObject({ host: '127.0.0.1', port: 8010, demo: true, dashboardToken: null });
    expect(config.dataDir).toMatch(/\/data$/);
  });

  it('refuses a non-loopback host without DASHBOARD_TOKEN', () => {
    expect(() => readConfig({ HOST: '0.0.0.0' })).toThrow(ConfigError);
    expect(() => readConfig({ HOST: '0.0.0.0' })).toThrow(/DASHBOARD_TOKEN/);
    expect(readConfig({ HOST: '0.0.0.0', DASHBOARD_TOKEN: 'x'.repeat(24) }).host).toBe('0.0.0.0');
  });

  it('refuses a short token and a bad port; DEMO=0 turns demo data off', () => {
    expect(() => readConfig({ DASHBOARD_TOKEN: 'short' })).toThrow(/at least 16/);
    expect(() => readConfig({ PORT: 'eighty' })).toThrow(/PORT/);
    expect(readConfig({ DEMO: '0' }).demo).toBe(false);
  });

  it('limits a key as PostHog does unless RATE_LIMIT_PER_MINUTE says otherwise, and refuses a bad one', () => {
    expect(readConfig({}).rateLimits).toEqual({ perMinute: 480, perHour: 4800 });
    expect(readConfig({ RATE_LIMIT_PER_MINUTE: '6000' }).rateLimits).toEqual({ perMinute: 6000, perHour: 60000 });
    for (const bad of ['0', '-5', '1.5', 'lots'])
      expect(() => readConfig({ RATE_LIMIT_PER_MINUTE: bad }), bad).toThrow(/RATE_LIMIT_PER_MINUTE/);
  });
});
