/** A few writes at a time: quick for dozens of items, and gentle on PostHog's per-key rate limit. */
export const writeConcurrency = 4;

export type Settled<T> = { ok: true; value: T } | { ok: false; error: unknown };

export async function settleLimited<I, T>(
  items: readonly I[],
  limit: number,
  task: (item: I) => Promise<T>,
): Promise<Settled<T>[]> {
  const outcomes: Settled<T>[] = [];
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const index = next++;
      try {
        outcomes[index] = { ok: true, value: await task(items[index]!) };
      } catch (error) {
        outcomes[index] = { ok: false, error };
      }
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return outcomes;
}
