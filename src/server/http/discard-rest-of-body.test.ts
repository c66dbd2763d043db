import { describe, expect, it } from 'vitest';
import { discardRestOfBody } from './discard-rest-of-body';

const chunk = new Uint8Array(1024);
function body(chunks: number) {
  const seen = { read: 0, cancelled: false };
  const stream = new ReadableStream<Uint8Array>({
    pull(controller) {
      if (seen.read++ < chunks) controller.enqueue(chunk);
      else controller.close();
    },
    cancel() {
      seen.cancelled = true;
    },
  });
  return { reader: stream.getReader(), seen };
}

describe('discardRestOfBody', () => {
  it('reads a body to its end under the caps', async () => {
    const { reader, seen } = body(40);
    await discardRestOfBody(reader, { bytes: 64 * 1024, ms: 5000 });
    expect(seen).toEqual({ read: 41, cancelled: false });
  });

  it('cuts a body past the byte cap', async () => {
    const { reader, seen } = body(Infinity);
    await discardRestOfBody(reader, { bytes: 10 * 1024, ms: 5000 });
    expect(seen.cancelled).toBe(true);
    expect(seen.read).toBeLessThan(15);
  });

  it('cuts a body that stops arriving once the time cap is up', async () => {
    const stream = new ReadableStream<Uint8Array>({ cancel: () => void (cancelled = true) });
    let cancelled = false;
    const started = performance.now();
    await discardRestOfBody(stream.getReader(), { bytes: 64 * 1024, ms: 50 });
    expect(cancelled).toBe(true);
    expect(performance.now() - started).toBeGreaterThanOrEqual(45);
  });

  it('settles when the client goes away mid-body', async () => {
    const stream = new ReadableStream<Uint8Array>({
      pull: (controller) => controller.error(new Error('socket hang up')),
    });
    await expect(discardRestOfBody(stream.getReader())).resolves.toBeUndefined();
  });
});
