import type { Page, Route } from '@playwright/test';

export type Fault = 'server error' | 'network failure' | 'lost answer';

/**
 * How each fault shows in the UI (the 500's body is ours). A lost answer reaches the server, but the browser sees no
 * answer.
 */
export const faultMessage: Record<Fault, string> = {
  'server error': 'The database is unavailable.',
  'network failure': 'Could not reach the server.',
  'lost answer': 'Could not reach the server.',
};

async function fail(route: Route, fault: Fault) {
  if (fault === 'server error') {
    await route.fulfill({
      status: 500,
      contentType: 'application/json',
      body: JSON.stringify({ type: 'server_error', code: 'error', detail: faultMessage[fault], attr: null }),
    });
  } else {
    if (fault === 'lost answer') await route.fetch();
    await route.abort('failed');
  }
}

/**
 * Makes the next `times` requests of `method` to paths matching `path` fail with `fault`; later ones go through.
 * Answers how many failed so far.
 */
export async function failNext(page: Page, method: string, path: RegExp, fault: Fault, times = 1) {
  let failed = 0;
  await page.route(
    (url) => path.test(url.pathname),
    async (route) => {
      if (route.request().method() !== method || failed >= times) return route.fallback();
      failed += 1;
      await fail(route, fault);
    },
  );
  return () => failed;
}
