import { code, request, script, type ExceptionTemplate, type SiteSpec } from './exception-template';

const web = (
  type: string,
  message: string,
  sites: SiteSpec[],
  extra: Partial<ExceptionTemplate> = {},
): ExceptionTemplate => ({ platform: 'web', type, message, sites, ...extra });

const tagManager = 'https://www.googletagmanager.com/gtm.js?id=GTM-ACME42';
const stripe = 'https://js.stripe.com/v3/';
const extension = 'chrome-extension://hgmpdkeoaibnlhaenkcnkfaoiajhgim/content-script.js';
const firefoxExtension = 'moz-extension://6f1c2d9e-4b7a-4e35-9c0d-8a2f5e7b1c43/inject.js';
// No admin page throws these: the assignment rule for SyntaxError or ReferenceError on /admin/ never matches.
const notAdmin = ['orders', 'order', 'invoices', 'cart', 'catalog', 'reports', 'account', 'search'];

export const webExceptions: ExceptionTemplate[] = [
  web('TypeError', "Cannot read properties of undefined (reading 'map')", [code('renderRows', 18)]),
  web('TypeError', "Cannot read properties of undefined (reading 'length')", [code('truncateLabel', 12)]),
  web('TypeError', "Cannot read properties of null (reading 'addEventListener')", [
    code('attachListeners', ['home', 'support', 'product']),
    script(tagManager, 'Pc', ['home', 'catalog']),
    script(extension, 'observeForms', ['login', 'checkout']),
  ]),
  web(
    'TypeError',
    "Cannot read properties of undefined (reading 'price')",
    [code('lineTotal', ['cartLine', 'cart', 'checkout', 'payment'])],
    { name: 'Checkout crashes when a cart line has no price' },
  ),
  web(
    'TypeError',
    "undefined is not an object (evaluating 'e.target.value')",
    [code('handleChange', ['addresses', 'productEditor', 'search', 'login', 'notifications'])],
    { browser: 'Safari' },
  ),
  web('TypeError', "Cannot destructure property 'user' of 'undefined' as it is undefined.", [
    code('useSession', ['account', 'settings', 'home']),
  ]),
  web('TypeError', "Cannot set properties of null (setting 'innerHTML')", [
    code('renderPreview', ['productEditor']),
    script(extension, 'injectBadge', 3),
    script(firefoxExtension, 'replaceText', 2),
  ]),
  web('TypeError', 'e.filter is not a function', [
    code('visibleItems', ['catalog', 'search', 'orders', 'adminAudit']),
    script(tagManager, 'Fa', ['checkout', 'home']),
  ]),
  web('TypeError', 'n.default is not a function', [code('loadWidget', ['support', 'revenue'])]),
  web('TypeError', 'Failed to fetch', [request(34)], { browser: 'Chrome' }),
  web('TypeError', 'Load failed', [request(14)], { browser: 'Safari' }),
  web('TypeError', 'NetworkError when attempting to fetch resource.', [request(10)], { browser: 'Firefox' }),
  web(
    'TypeError',
    'Failed to fetch dynamically imported module: https://app.acme.example/assets/Settings-4b2e1f0a.js',
    [code('loadChunk', ['settings', 'notifications'])],
  ),
  web('TypeError', "Converting circular structure to JSON --> starting at object with constructor 'FiberNode'", [
    code('saveDraft', ['productEditor', 'automation']),
  ]),
  web('TypeError', 'Assignment to constant variable.', [code('applyFilters', ['reports'])]),
  // Chunk loads fail after a deploy, in browsers still running the build before it.
  web(
    'ChunkLoadError',
    'Loading chunk 482 failed. (error: https://app.acme.example/_next/static/chunks/482.3f9a1c7e.js)',
    [code('loadChunk', 6)],
    { firstSeen: 52 },
  ),
  web(
    'ChunkLoadError',
    'Loading chunk vendors-node_modules_recharts_es6_index_js failed.',
    [code('loadChunk', ['reports', 'revenue'])],
    { firstSeen: 23 },
  ),
  web('Error', 'Loading CSS chunk 77 failed. (/_next/static/css/77.b81d2e44.css)', [code('loadStyles', 3)], {
    firstSeen: 23,
  }),
  web('RangeError', 'Maximum call stack size exceeded', [
    code('resolveConditions', ['automation', 'reports', 'settings']),
  ]),
  web('RangeError', 'Invalid time value', [code('formatDueDate', ['invoices', 'invoice', 'orders'])], {
    name: 'Invoice dates break for the Samoa time zone',
  }),
  web('RangeError', 'Invalid array length', [code('buildPages', ['orders', 'adminAudit'])]),
  web('RangeError', 'toFixed() digits argument must be between 0 and 100', [
    code('formatPrice', ['product', 'cartLine', 'revenue']),
  ]),
  web('SyntaxError', 'Unexpected token \'<\', "<!DOCTYPE "... is not valid JSON', [request(6, notAdmin)]),
  web('SyntaxError', 'Unexpected end of JSON input', [request(5, notAdmin)]),
  web(
    'SyntaxError',
    'JSON.parse: unexpected character at line 1 column 1 of the JSON data',
    [code('readCachedCart', ['cart', 'checkout'])],
    { browser: 'Firefox' },
  ),
  web(
    'SyntaxError',
    'Invalid regular expression: /(?<=\\$)\\d+/: Invalid group',
    [code('parseAmount', ['payment', 'invoice'])],
    { browser: 'Safari' },
  ),
  web('ReferenceError', 'gtag is not defined', [code('trackEvent', ['home', 'product', 'checkout', 'catalog'])]),
  web('ReferenceError', 'process is not defined', [code('readConfig', ['home'])]),
  web('ReferenceError', "Can't find variable: IntersectionObserver", [code('useInView', ['catalog', 'search'])], {
    browser: 'Safari',
  }),
  web('Error', 'ResizeObserver loop completed with undelivered notifications.', [code('measure', 5)]),
  web('Error', 'Hydration failed because the initial UI does not match what was rendered on the server.', [
    code('hydrate', ['home', 'product']),
  ]),
  web('Error', 'Minified React error #418; visit https://react.dev/errors/418 for the full message.', [
    code('renderPrice', ['product', 'catalog', 'search']),
  ]),
  web('Error', 'Invariant failed: cart line item 8f2c is missing', [code('removeCoupon', ['coupon', 'cart'])], {
    name: 'Cart invariant after coupon removal',
  }),
  web('Error', 'Stripe.js failed to load', [code('loadStripe', ['payment']), script(stripe, 'Kt', ['payment'])]),
  web('AxiosError', 'Request failed with status code 502', [request(12)], { handled: 0.6 }),
  web('AxiosError', 'Network Error', [request(8)]),
  web('AxiosError', 'timeout of 10000ms exceeded', [request(6)], { handled: 0.3 }),
  web('NotAllowedError', "play() failed because the user didn't interact with the document first.", [
    code('playPreview', ['product']),
  ]),
  web(
    'QuotaExceededError',
    "Failed to execute 'setItem' on 'Storage': Setting the value of 'draft-autosave' exceeded the quota.",
    [code('autosaveDraft', ['productEditor', 'automation'])],
  ),
  web(
    'NotFoundError',
    "Failed to execute 'removeChild' on 'Node': The node to be removed is not a child of this node.",
    [code('unmountTooltip', 4), script(extension, 'translatePage', 2)],
  ),
  web('AbortError', 'The user aborted a request.', [request(5)], { handled: 0.7 }),
  web(
    'SecurityError',
    "Failed to read the 'localStorage' property from 'Window': Access is denied for this document.",
    [code('readPreferences', ['home', 'settings'])],
  ),
  web('InvalidStateError', "Failed to execute 'transaction' on 'IDBDatabase': The database connection is closing.", [
    code('persistCart', ['cart', 'checkout']),
  ]),
  web(
    'UnhandledRejection',
    'Non-Error promise rejection captured with value: undefined',
    [code('prefetchRoutes', ['home', 'catalog', 'product'])],
    { mechanism: 'onunhandledrejection' },
  ),
];
