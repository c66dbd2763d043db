import { Hono } from 'hono';
import type { AppEnv } from '../app-env';

// Placeholder: replaced by the real routes.
export function personalApiKeyRoutes(): Hono<AppEnv> {
  return new Hono<AppEnv>({ strict: false });
}
