import { gunzipSync } from 'node:zlib';
import { BodyTooLargeError, readLimitedBytes } from '../http/body';
import { captureErrors } from './capture-error';

/** As rust/capture's router: 2 MB a request on the single-event paths, 20 MB on `/batch/` (before and after gzip). */
export const captureLimits = { event: 2 * 1024 * 1024, batch: 20 * 1024 * 1024 };

type Compression = 'gzip' | 'lz64' | 'base64' | null;

const gzipMagic = [0x1f, 0x8b, 0x08];
const formMimeType = 'application/x-www-form-urlencoded';
const formPrefixes = ['data=', '_=', 'ip=', 'compression='];
const prefixChecked = 128;

// rust/capture/src/utils.rs: `is_likely_urlencoded_form`, `is_likely_base64`, `extract_compression`.
function isLikelyForm(payload: Buffer): boolean {
  const prefix = payload.subarray(0, prefixChecked).toString('latin1');
  return formPrefixes.some((key) => prefix.startsWith(key) || prefix.includes(`&${key}`));
}

function isLikelyBase64(payload: string | Buffer, loose = false): boolean {
  if (payload.length === 0 || payload.length % 4 !== 0) return false;
  const prefix =
    typeof payload === 'string' ? payload.slice(0, prefixChecked) : payload.toString('latin1', 0, prefixChecked);
  return (loose ? /^[A-Za-z0-9+/= ]*$/ : /^[A-Za-z0-9+/=]*$/).test(prefix);
}

function compressionOf(value: string | null | undefined): Compression {
  switch (value?.toLowerCase()) {
    case 'gzip':
    case 'gzip-js':
      return 'gzip';
    case 'lz64':
    case 'lz-string':
      return 'lz64';
    case 'base64':
    case 'b64':
      return 'base64';
    default:
      return null;
  }
}

const utf8 = new TextDecoder('utf-8', { fatal: true });

function decodeText(bytes: Uint8Array): string {
  try {
    return utf8.decode(bytes);
  } catch {
    throw captureErrors.decoding('invalid UTF8 in request payload');
  }
}

function gunzip(bytes: Buffer, limit: number): Buffer {
  try {
    return gunzipSync(bytes, { maxOutputLength: limit });
  } catch (err) {
    if (err instanceof RangeError) throw captureErrors.tooLarge(`decompressed payload would exceed ${limit} bytes`);
    throw captureErrors.decoding('invalid GZIP data');
  }
}

/** Capture's legacy single-event paths also unwrap a payload that is still base64 once decoded. */
const isLegacyPath = (path: string) => /^\/(?:e|capture|engage|track)(?:\/|$)/.test(path);

export type PayloadSource = { path: string; query: (name: string) => string | undefined; request: Request };

/**
 * The request's JSON text, found where PostHog's SDKs put it: the body, a `data=` query parameter or form field,
 * base64-wrapped or not, gzip (by `?compression=`, the form, `Content-Encoding` or its magic bytes) or not
 * (rust/capture/src/payload/common.rs `extract_payload_bytes`, v0_request.rs `RawRequest::from_bytes`).
 */
export async function readCapturePayload({ path, query, request }: PayloadSource, limit: number): Promise<string> {
  let body: Buffer;
  try {
    body = await readLimitedBytes(request, limit);
  } catch (err) {
    if (err instanceof BodyTooLargeError) throw captureErrors.tooLarge(`body over ${limit} bytes`, err.discarded);
    throw err;
  }
  const queryData = query('data');
  let payload: Buffer;
  if (queryData) {
    // A query string decodes `+` to a space; base64 needs it back.
    payload = Buffer.from(isLikelyBase64(queryData, true) ? queryData.replaceAll(' ', '+') : queryData, 'utf8');
  } else if (body.byteLength > 0) payload = body;
  else throw captureErrors.emptyPayload();

  if (!isLikelyForm(payload) && isLikelyBase64(payload)) {
    payload = Buffer.from(payload.toString('latin1'), 'base64');
  }

  let form: URLSearchParams | null = null;
  const mediaType = (request.headers.get('content-type') ?? '').split(';')[0]!.trim().toLowerCase();
  if (mediaType === formMimeType) {
    if (!isLikelyForm(payload)) throw captureErrors.decoding('expected form data in POST request payload');
    form = new URLSearchParams(payload.toString('utf8'));
  }
  const compression =
    compressionOf(query('compression')) ??
    compressionOf(form?.get('compression')) ??
    compressionOf(request.headers.get('content-encoding'));
  const formData = form?.get('data');
  if (formData) payload = Buffer.from(isLikelyBase64(formData, true) ? formData.replaceAll(' ', '+') : formData);

  let text: string;
  if (compression === 'gzip' || gzipMagic.every((byte, index) => payload[index] === byte)) {
    text = decodeText(gunzip(payload, limit));
  } else if (compression === 'lz64') {
    throw captureErrors.decoding('LZ64 payloads are not supported by this server: send gzip or plain JSON');
  } else {
    if (payload.byteLength > limit) throw captureErrors.tooLarge(`payload over ${limit} bytes`);
    text = decodeText(payload);
  }
  if ((isLegacyPath(path) || compression === 'base64') && isLikelyBase64(text)) {
    const unwrapped = Buffer.from(text, 'base64');
    try {
      text = utf8.decode(unwrapped);
    } catch {
      // Not base64 after all: parsing reports it.
    }
  }
  return text;
}
