import type { Json } from '../../rule-engine/types';
import type { CallSite } from './call-sites';
import type { ExceptionTemplate } from './exception-template';
import type { Random } from './random';
import { webOrigin } from './web-screens';

const unhandledMechanism = { web: 'onerror', android: 'UncaughtExceptionHandler', ios: 'NSException' } as const;
const otherBrowsers = ['Chrome', 'Chrome', 'Chrome', 'Edge', 'Safari', 'Firefox'] as const;
const osOf: Record<string, readonly string[]> = {
  Safari: ['Mac OS X', 'iOS'],
  Firefox: ['Windows', 'Mac OS X', 'Linux'],
  Chrome: ['Windows', 'Mac OS X', 'Android', 'Linux'],
  Edge: ['Windows'],
};
// 3.x is the release before the rewrite: the suppression rule on $app_version drops its exceptions.
const appVersions = ['4.11.2', '4.12.0', '4.12.0', '4.12.1'];
const oldAppVersion = '3.9.4';

/** `$exception_list` as the platform's SDK sends it: one exception, its mechanism, its raw stack. */
function exceptionList(template: ExceptionTemplate, site: CallSite, handled: boolean): Json {
  const mechanism = handled ? 'generic' : (template.mechanism ?? unhandledMechanism[template.platform]);
  return [
    {
      type: template.type,
      value: template.message,
      mechanism: { type: mechanism, handled, synthetic: false },
      stacktrace: { type: 'raw', frames: site.frames },
    },
  ];
}

function webProperties(template: ExceptionTemplate, place: string, random: Random): Record<string, Json> {
  const path = place.slice(webOrigin.length);
  const browser = template.browser ?? random.pick(otherBrowsers);
  const os = random.pick(osOf[browser]!);
  return {
    $current_url: place,
    $host: webOrigin.slice('https://'.length),
    $pathname: path.split('?')[0]!,
    $browser: browser,
    $os: os,
    $device_type: os === 'iOS' || os === 'Android' ? 'Mobile' : 'Desktop',
    $lib: 'web',
    $lib_version: '1.298.1',
  };
}

function mobileProperties(template: ExceptionTemplate, place: string, random: Random): Record<string, Json> {
  const android = template.platform === 'android';
  const version = random.chance(0.12) ? oldAppVersion : random.pick(appVersions);
  return {
    $os: android ? 'Android' : 'iOS',
    $os_version: random.pick(android ? ['13', '14', '15'] : ['17.6', '18.1', '18.2']),
    $app_version: version,
    $app_build: version.replaceAll('.', ''),
    $device_model: random.pick(
      android ? ['Pixel 8', 'SM-S918B', 'moto g54'] : ['iPhone15,2', 'iPhone16,1', 'iPhone14,5'],
    ),
    $screen_name: place,
    $lib: android ? 'posthog-android' : 'posthog-ios',
    $lib_version: android ? '3.8.2' : '3.19.1',
  };
}

/** The properties an SDK sends with one `$exception` thrown at `site` on `place` (a page's URL, an app screen). */
export function eventProperties(
  template: ExceptionTemplate,
  site: CallSite,
  place: string,
  random: Random,
): Record<string, Json> {
  const handled = random.chance(template.handled ?? 0);
  const platform = template.platform === 'web' ? webProperties : mobileProperties;
  return {
    $exception_list: exceptionList(template, site, handled),
    $exception_level: handled || template.platform === 'web' ? 'error' : 'fatal',
    ...platform(template, place, random),
  };
}
