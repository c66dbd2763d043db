/** As in PostHog, an issue is named after its exception type and described by its message. */
export type ExceptionTemplate = { type: string; message: string; name?: string };

export const webExceptions: ExceptionTemplate[] = [
  { type: 'TypeError', message: "Cannot read properties of undefined (reading 'map')" },
  { type: 'TypeError', message: "Cannot read properties of undefined (reading 'length')" },
  { type: 'TypeError', message: "Cannot read properties of null (reading 'addEventListener')" },
  {
    type: 'TypeError',
    message: "Cannot read properties of undefined (reading 'price')",
    name: 'Checkout crashes when a cart line has no price',
  },
  { type: 'TypeError', message: "undefined is not an object (evaluating 'e.target.value')" },
  { type: 'TypeError', message: "Cannot destructure property 'user' of 'undefined' as it is undefined." },
  { type: 'TypeError', message: "Cannot set properties of null (setting 'innerHTML')" },
  { type: 'TypeError', message: 'e.filter is not a function' },
  { type: 'TypeError', message: 'n.default is not a function' },
  { type: 'TypeError', message: 'Failed to fetch' },
  { type: 'TypeError', message: 'Load failed' },
  { type: 'TypeError', message: 'NetworkError when attempting to fetch resource.' },
  {
    type: 'TypeError',
    message: 'Failed to fetch dynamically imported module: https://app.acme.example/assets/Settings-4b2e1f0a.js',
  },
  {
    type: 'TypeError',
    message: "Converting circular structure to JSON --> starting at object with constructor 'FiberNode'",
  },
  { type: 'TypeError', message: 'Assignment to constant variable.' },
  {
    type: 'ChunkLoadError',
    message: 'Loading chunk 482 failed. (error: https://app.acme.example/_next/static/chunks/482.3f9a1c7e.js)',
  },
  { type: 'ChunkLoadError', message: 'Loading chunk vendors-node_modules_recharts_es6_index_js failed.' },
  { type: 'Error', message: 'Loading CSS chunk 77 failed. (/_next/static/css/77.b81d2e44.css)' },
  { type: 'RangeError', message: 'Maximum call stack size exceeded' },
  { type: 'RangeError', message: 'Invalid time value', name: 'Invoice dates break for the Samoa time zone' },
  { type: 'RangeError', message: 'Invalid array length' },
  { type: 'RangeError', message: 'toFixed() digits argument must be between 0 and 100' },
  { type: 'SyntaxError', message: 'Unexpected token \'<\', "<!DOCTYPE "... is not valid JSON' },
  { type: 'SyntaxError', message: 'Unexpected end of JSON input' },
  { type: 'SyntaxError', message: 'JSON.parse: unexpected character at line 1 column 1 of the JSON data' },
  { type: 'SyntaxError', message: 'Invalid regular expression: /(?<=\\$)\\d+/: Invalid group' },
  { type: 'ReferenceError', message: 'gtag is not defined' },
  { type: 'ReferenceError', message: 'process is not defined' },
  { type: 'ReferenceError', message: "Can't find variable: IntersectionObserver" },
  { type: 'Error', message: 'ResizeObserver loop completed with undelivered notifications.' },
  { type: 'Error', message: 'Hydration failed because the initial UI does not match what was rendered on the server.' },
  { type: 'Error', message: 'Minified React error #418; visit https://react.dev/errors/418 for the full message.' },
  {
    type: 'Error',
    message: 'Invariant failed: cart line item 8f2c is missing',
    name: 'Cart invariant after coupon removal',
  },
  { type: 'Error', message: 'Stripe.js failed to load' },
  { type: 'AxiosError', message: 'Request failed with status code 502' },
  { type: 'AxiosError', message: 'Network Error' },
  { type: 'AxiosError', message: 'timeout of 10000ms exceeded' },
  { type: 'NotAllowedError', message: "play() failed because the user didn't interact with the document first." },
  {
    type: 'QuotaExceededError',
    message: "Failed to execute 'setItem' on 'Storage': Setting the value of 'draft-autosave' exceeded the quota.",
  },
  {
    type: 'NotFoundError',
    message: "Failed to execute 'removeChild' on 'Node': The node to be removed is not a child of this node.",
  },
  { type: 'AbortError', message: 'The user aborted a request.' },
  {
    type: 'SecurityError',
    message: "Failed to read the 'localStorage' property from 'Window': Access is denied for this document.",
  },
  {
    type: 'InvalidStateError',
    message: "Failed to execute 'transaction' on 'IDBDatabase': The database connection is closing.",
  },
  { type: 'UnhandledRejection', message: 'Non-Error promise rejection captured with value: undefined' },
];

export const mobileExceptions: ExceptionTemplate[] = [
  { type: 'ANR', message: 'Application Not Responding for at least 5000 ms.' },
  {
    type: 'ANR',
    message: 'Input dispatching timed out (Waiting because no window has focus but there is a focused application).',
  },
  {
    type: 'java.lang.NullPointerException',
    message:
      "Attempt to invoke virtual method 'java.lang.String android.content.Context.getString(int)' on a null object reference",
  },
  {
    type: 'java.lang.NullPointerException',
    message: "Attempt to read from field 'int com.acme.cart.CartItem.quantity' on a null object reference",
  },
  { type: 'java.lang.IllegalStateException', message: 'Fragment CheckoutFragment{4f1a2b9} not attached to a context.' },
  { type: 'java.lang.IndexOutOfBoundsException', message: 'Index: 3, Size: 3' },
  { type: 'java.net.SocketTimeoutException', message: 'timeout' },
  {
    type: 'java.net.UnknownHostException',
    message: 'Unable to resolve host "api.acme.example": No address associated with hostname',
  },
  {
    type: 'android.view.WindowManager$BadTokenException',
    message: 'Unable to add window -- token null is not valid; is your activity running?',
  },
  {
    type: 'java.lang.OutOfMemoryError',
    message: 'Failed to allocate a 31961104 byte allocation with 25165824 free bytes and 24MB until OOM',
  },
  { type: 'kotlinx.coroutines.JobCancellationException', message: 'StandaloneCoroutine was cancelled' },
  {
    type: 'NSInvalidArgumentException',
    message: '-[__NSCFNumber length]: unrecognized selector sent to instance 0x8000000000000000',
  },
  {
    type: 'NSInvalidArgumentException',
    message:
      '*** -[__NSPlaceholderDictionary initWithObjects:forKeys:count:]: attempt to insert nil object from objects[1]',
  },
  { type: 'NSRangeException', message: '*** -[__NSArrayM objectAtIndex:]: index 4 beyond bounds [0 .. 3]' },
  {
    type: 'NSInternalInconsistencyException',
    message: 'Invalid update: invalid number of rows in section 0.',
    name: 'Order history table update crash (iOS)',
  },
  { type: 'EXC_BAD_ACCESS', message: 'KERN_INVALID_ADDRESS at 0x0000000000000010' },
];
