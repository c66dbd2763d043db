import { percentile } from './stats';

export type LoadOptions = {
  concurrency: number;
  maxRequests: number;
  maxMs: number;
  warmup?: number;
};

export type LoadResult = { requests: number; seconds: number; perSecond: number; p50: number; p99: number };

/** A failed request stops the run: a benchmark of errors measures nothing. */
export async function runLoad(send: (n: number) => Promise<void>, options: LoadOptions): Promise<LoadResult> {
  const { concurrency, maxRequests, maxMs, warmup = 20 } = options;
  for (let n = 0; n < warmup; n++) await send(n);
  const latencies: number[] = [];
  let next = 0;
  const started = performance.now();
  const deadline = started + maxMs;
  const client = async () => {
    while (next < maxRequests && performance.now() < deadline) {
      const n = warmup + next++;
      const sent = performance.now();
      await send(n);
      latencies.push(performance.now() - sent);
    }
  };
  await Promise.all(Array.from({ length: concurrency }, client));
  const seconds = (performance.now() - started) / 1000;
  return {
    requests: latencies.length,
    seconds,
    perSecond: latencies.length / seconds,
    p50: percentile(latencies, 50),
    p99: percentile(latencies, 99),
  };
}

export function httpClient(origin: string, key: string) {
  return async (method: string, path: string, expected: number, body?: unknown): Promise<void> => {
    const response = await fetch(`${origin}${path}`, {
      method,
      headers: {
        Authorization: `Bearer ${key}`,
        ...(body === undefined ? {} : { 'Content-Type': 'application/json' }),
      },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    await response.arrayBuffer();
    if (response.status !== expected) throw new Error(`${method} ${path} answered ${response.status}, not ${expected}`);
  };
}
