import type { Page, Route } from '@playwright/test';

export type Fault = 'server error' | 'network failure' | 'lost answer';

/** A lost answer reaches the server, but the browser sees no answer. */
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
