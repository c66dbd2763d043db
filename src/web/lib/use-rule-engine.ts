import { useQuery } from '@tanstack/react-query';
import { loadRuleEngine } from './load-rule-engine';

/** The rule engine once its chunk is in: loaded on first use, then kept for the page's life. */
export const useRuleEngine = () =>
  useQuery({ queryKey: ['rule-engine'], queryFn: loadRuleEngine, staleTime: Infinity, gcTime: Infinity, retry: 1 });
