/** A response with `endsAfter` sends its whole body at once but ends only once that promise settles. */
export function jsonResponse(
  status: number,
  body: unknown,
  headers: Record<string, string> = {},
  endsAfter: Promise<void> | null = null,
): Response {
  const responseHeaders = new Headers(headers);
  responseHeaders.set('Content-Type', 'application/json');
  if (endsAfter === null) return new Response(JSON.stringify(body), { status, headers: responseHeaders });
  const bytes = new TextEncoder().encode(JSON.stringify(body));
  responseHeaders.set('Content-Length', String(bytes.byteLength));
  const stream = new ReadableStream<Uint8Array>({
    start(controller) {
      controller.enqueue(bytes);
      void endsAfter.then(() => {
        try {
          controller.close();
        } catch {
          // The client went away first and the response was cancelled.
        }
      });
    },
  });
  return new Response(stream, { status, headers: responseHeaders });
}
