import type { SdkSuppressionRule } from '../../rule-engine/types';

/**
 * The remote config posthog-js loads at start (`/array/:token/config`), as posthog/models/remote_config.py builds it,
 * for an environment with no feature flags, surveys, replay or site apps, and exception autocapture on. posthog-js
 * drops an exception itself when one of `suppressionRules` matches it (PostHogExceptions.onRemoteConfig).
 */
export function remoteConfig(token: string, suppressionRules: SdkSuppressionRule[]) {
  return {
    token,
    supportedCompression: ['gzip', 'gzip-js'],
    hasFeatureFlags: false,
    captureDeadClicks: false,
    capturePerformance: false,
    autocapture_opt_out: false,
    autocaptureExceptions: true,
    analytics: { endpoint: '/i/v0/e/' },
    elementsChainAsString: true,
    errorTracking: { autocaptureExceptions: true, suppressionRules },
    sessionRecording: false,
    heatmaps: false,
    surveys: false,
    defaultIdentifiedOnly: true,
    siteApps: [],
  };
}

/** `config.js`: the same config for posthog-js's script loader (`get_config_js_via_token`). */
export function remoteConfigScript(token: string, config: ReturnType<typeof remoteConfig>): string {
  const { siteApps: _siteApps, ...rest } = config;
  return `(function() {
  window._POSTHOG_REMOTE_CONFIG = window._POSTHOG_REMOTE_CONFIG || {};
  window._POSTHOG_REMOTE_CONFIG['${token}'] = {
    config: ${JSON.stringify(rest)},
    siteApps: []
  }
})();`;
}
