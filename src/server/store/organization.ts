/**
 * The local server hosts exactly one organization (PostHog's `@current`), so its id is a constant:
 * projects report it, and a client comparing organizations across calls always sees the same one.
 */
export const organization = {
  id: '0e3b6f4a-5c1d-4a7e-9b2f-6d8c1a4e7f30',
  name: 'Acme',
} as const;
