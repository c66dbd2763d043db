/**
 * How much of an over-limit body is read and thrown away before the connection is closed anyway.
 * 32 MiB drains any plausible paste or upload in milliseconds on a LAN; 5 s lets a client on a ~7 Mbit/s
 * uplink finish a 5 MB body, and bounds how long a client that never stops sending holds a connection.
 */
export const discardCaps = { bytes: 32 * 1024 * 1024, ms: 5000 };

/**
 * Reads and drops the rest of a request body, the way nginx's lingering close does: closing a socket with
 * unread bytes on it makes the kernel send a TCP reset, and a client still uploading then loses the answer
 * it was sent. Resolves once the body ended, the client went away, or a cap was hit (the rest is then cut).
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
