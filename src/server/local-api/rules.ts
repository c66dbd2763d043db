import { Hono } from 'hono';
import type { RuleKind } from '../../contract/rules';
import type { AppEnv } from '../app-env';

// Placeholder: replaced by the real routes.
export function ruleRoutes(_kind: RuleKind): Hono<AppEnv> {
  return new Hono<AppEnv>({ strict: false });
}
