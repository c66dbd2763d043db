/** One organization (PostHog's `@current`), so its id is a constant across calls. */
export const organization = {
  id: '0e3b6f4a-5c1d-4a7e-9b2f-6d8c1a4e7f30',
  name: 'Acme',
} as const;
