import type * as RuleEngine from '../../rule-engine';

/** The engine is about 62 KB gzipped: it loads when a page first explains or tests a rule, never with the shell. */
let loading: Promise<typeof RuleEngine> | null = null;

export function loadRuleEngine() {
  loading ??= import('../../rule-engine').catch((error: unknown) => {
    loading = null;
    throw error;
  });
  return loading;
}
