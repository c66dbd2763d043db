/** 32 MiB drains any plausible paste in milliseconds; 5 s lets a ~7 Mbit/s uplink finish a 5 MB body. */
export const discardCaps = { bytes: 32 * 1024 * 1024, ms: 5000 };

/**
 * Like nginx's lingering close: a socket closed with unread bytes sends a TCP reset, and the client loses the answer.
 */
export async function discardRestOfBody(
  reader: ReadableStreamDefaultReader<Uint8Array>,
  caps: { bytes: number; ms: number } = discardCaps,
): Promise<void> {
  const stop = () => reader.cancel().catch(() => {});
  const timer = setTimeout(stop, caps.ms);
  let discarded = 0;
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) return;
      discarded += value.byteLength;
      if (discarded > caps.bytes) {
        await stop();
        return;
      }
    }
  } catch {
    // The client closed its side: nothing is left to read.
  } finally {
    clearTimeout(timer);
  }
}
