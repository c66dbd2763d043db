import type { Json } from '../../rule-engine/types';
import type { ExceptionTemplate, SiteSpec } from './exception-template';
import { androidApiCalls, androidScreens, frameworkFrames, iosScreens, type MobileScreen } from './mobile-screens';
import type { Random } from './random';
import { webApiCalls, webOrigin, webScreens, type WebScreen } from './web-screens';

/** One place a template's exception is thrown: its stack, and the pages (or app screens) it is thrown on. */
export type CallSite = { frames: Json[]; places: string[] };

type Frame = { file: string; fn: string; inApp: boolean; module?: string };

/** Stable per frame, so one call site always reports the same lines. */
function lineOf(frame: Frame): number {
  let hash = 7;
  for (const char of frame.file + frame.fn) hash = (hash * 31 + char.charCodeAt(0)) % 997;
  return 12 + hash;
}

const webFrame = (frame: Frame): Json => ({
  platform: 'web:javascript',
  filename: frame.file,
  function: frame.fn,
  lineno: lineOf(frame),
  colno: 1 + (lineOf(frame) % 60),
  in_app: frame.inApp,
});

const mobileFrame =
  (platform: 'java' | 'ios') =>
  (frame: Frame): Json => ({
    platform,
    ...(frame.module === undefined ? {} : { module: frame.module }),
    filename: frame.file,
    function: frame.fn,
    lineno: lineOf(frame),
    in_app: frame.inApp,
  });

const appFile = (path: string): Frame['file'] => `${webOrigin}/${path}`;
const vendor = (path: string, fn: string): Frame => ({ file: appFile(`node_modules/${path}`), fn, inApp: false });
const reactFrames = [vendor('react-dom/cjs/react-dom-client.production.js', 'performWorkOnRoot')];

function pick<T>(random: Random, items: readonly T[], count: number): T[] {
  const pool = [...items];
  const picked: T[] = [];
  while (picked.length < count && pool.length > 0)
    picked.push(pool.splice(Math.floor(random.next() * pool.length), 1)[0]!);
  return picked;
}

function screensOf<S>(all: Record<string, S>, screens: readonly string[] | number | undefined, random: Random): S[] {
  if (screens === undefined) return Object.values(all);
  if (typeof screens === 'number') return pick(random, Object.values(all), screens);
  return screens.map((key) => {
    const screen = all[key];
    if (screen === undefined) throw new Error(`Demo data: no screen "${key}".`);
    return screen;
  });
}

/** A call site before its frames are written the way the platform's SDK writes them. */
type Site = { frames: Frame[]; places: string[] };

/** Stacks one exception type is already thrown on, across templates: two would make one fingerprint. */
export type TakenStacks = Set<string>;
const stackKey = (type: string, frames: Frame[]) =>
  [type, ...frames.filter((frame) => frame.inApp).map((frame) => `${frame.file}#${frame.fn}`)].join('|');

function pickUntaken(random: Random, type: string, sites: Site[], count: number, taken: TakenStacks): Site[] {
  return pick(
    random,
    sites.filter((site) => !taken.has(stackKey(type, site.frames))),
    count,
  );
}

const notInApp = ([module, file, fn]: readonly [string, string, string]): Frame => ({ module, file, fn, inApp: false });

function webSites(template: ExceptionTemplate, spec: SiteSpec, random: Random, taken: TakenStacks): Site[] {
  const component = (screen: WebScreen): Frame => ({ file: appFile(screen.file), fn: screen.component, inApp: true });
  const place = (screen: WebScreen) => webOrigin + screen.route;
  const screens = screensOf(webScreens, spec.screens, random);
  if (spec.kind === 'script')
    return [{ frames: [{ file: spec.source, fn: spec.fn, inApp: true }], places: screens.map(place) }];
  if (spec.kind === 'code') {
    return screens.map((screen) => ({
      frames: [...reactFrames, component(screen), { file: appFile(screen.file), fn: spec.fn, inApp: true }],
      places: [place(screen)],
    }));
  }
  const client: Frame[] =
    template.type === 'AxiosError'
      ? [
          { file: appFile('src/api/axios-client.ts'), fn: 'send', inApp: true },
          vendor('axios/lib/core/settle.js', 'settle'),
        ]
      : [
          {
            file: appFile('src/api/http-client.ts'),
            fn: template.type === 'SyntaxError' ? 'readJson' : 'request',
            inApp: true,
          },
        ];
  const calls = screens.flatMap((screen) =>
    webApiCalls.map(([file, fn]) => ({
      frames: [component(screen), { file: appFile(`src/api/${file}`), fn, inApp: true }, ...client],
      places: [place(screen)],
    })),
  );
  return pickUntaken(random, template.type, calls, spec.count, taken);
}

function mobileSites(template: ExceptionTemplate, spec: SiteSpec, random: Random, taken: TakenStacks): Site[] {
  const android = template.platform === 'android';
  const framework = (android ? frameworkFrames.android : frameworkFrames.ios).map(notInApp);
  const own = (screen: MobileScreen, fn: string): Frame =>
    android
      ? { module: screen.className, file: screen.file, fn, inApp: true }
      : { file: screen.file, fn: `${screen.className}.${fn}`, inApp: true };
  const screens = screensOf<MobileScreen>(android ? androidScreens : iosScreens, spec.screens, random);
  if (spec.kind !== 'request') {
    return screens.map((screen) => ({ frames: [...framework, own(screen, spec.fn)], places: [screen.screenName] }));
  }
  const calls = screens.flatMap((screen) =>
    androidApiCalls.map(([module, file, fn]) => ({
      frames: [
        ...framework,
        own(screen, 'load'),
        { module, file, fn, inApp: true },
        ...frameworkFrames.okhttp.map(notInApp),
      ],
      places: [screen.screenName],
    })),
  );
  return pickUntaken(random, template.type, calls, spec.count, taken);
}

/**
 * The template's call sites, each thrown on a stack of its own (a script's one stack: on every page it runs on).
 * API calls are picked among the stacks no other template of the type has taken.
 */
export function callSites(template: ExceptionTemplate, random: Random, taken: TakenStacks): CallSite[] {
  const toJson = template.platform === 'web' ? webFrame : mobileFrame(template.platform === 'ios' ? 'ios' : 'java');
  const sitesOf = template.platform === 'web' ? webSites : mobileSites;
  return template.sites.flatMap((spec) =>
    sitesOf(template, spec, random, taken).map((site) => {
      taken.add(stackKey(template.type, site.frames));
      return { frames: site.frames.map(toJson), places: site.places };
    }),
  );
}
