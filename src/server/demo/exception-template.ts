export type Platform = 'web' | 'android' | 'ios';

/**
 * Where an exception is thrown. Each call site has in-app frames of its own, so a fingerprint of its own: one kind
 * of error thrown in several places gives several fingerprints, as PostHog's default grouping does. `screens` is a
 * list of screen keys of the template's platform, or a number of them picked at random.
 */
export type SiteSpec =
  /** Thrown by the app's function `fn` in a screen's file. */
  | { kind: 'code'; fn: string; screens: readonly string[] | number }
  /** Thrown by the HTTP client (fetch, axios or OkHttp) for one of `count` distinct API calls made from a screen. */
  | { kind: 'request'; count: number; screens?: readonly string[] }
  /** Thrown inside a script the app does not own: a vendor's, or a browser extension's. */
  | { kind: 'script'; source: string; fn: string; screens: readonly string[] | number };

/** As in PostHog, an issue is named after its exception type and described by its message. */
export type ExceptionTemplate = {
  platform: Platform;
  type: string;
  message: string;
  /** What someone renamed its issue to, after it came in. */
  name?: string;
  sites: readonly SiteSpec[];
  /** The share of its events the app caught and sent itself (`captureException`): `mechanism.handled`. */
  handled?: number;
  /** How the SDK caught an unhandled one, when not the platform's usual handler. */
  mechanism?: string;
  /** Days before the demo date it was first seen, when a deploy fixed the day; random otherwise. */
  firstSeen?: number;
  /** Set for the messages only one browser words that way. */
  browser?: 'Chrome' | 'Safari' | 'Firefox';
};

export const code = (fn: string, screens: readonly string[] | number): SiteSpec => ({ kind: 'code', fn, screens });
export const request = (count: number, screens?: readonly string[]): SiteSpec =>
  screens === undefined ? { kind: 'request', count } : { kind: 'request', count, screens };
export const script = (source: string, fn: string, screens: readonly string[] | number): SiteSpec => ({
  kind: 'script',
  source,
  fn,
  screens,
});
