import { code, request, type ExceptionTemplate, type SiteSpec } from './exception-template';

const android = (type: string, message: string, sites: SiteSpec[], extra: Partial<ExceptionTemplate> = {}) =>
  ({ platform: 'android', type, message, sites, ...extra }) satisfies ExceptionTemplate;
const ios = (type: string, message: string, sites: SiteSpec[], extra: Partial<ExceptionTemplate> = {}) =>
  ({ platform: 'ios', type, message, sites, ...extra }) satisfies ExceptionTemplate;

export const mobileExceptions: ExceptionTemplate[] = [
  android('ANR', 'Application Not Responding for at least 5000 ms.', [code('decodeBitmap', ['images', 'home'])], {
    mechanism: 'ANR',
  }),
  android(
    'ANR',
    'Input dispatching timed out (Waiting because no window has focus but there is a focused application).',
    [code('onBackPressed', ['checkout', 'cart'])],
    { mechanism: 'ANR' },
  ),
  android(
    'java.lang.NullPointerException',
    "Attempt to invoke virtual method 'java.lang.String android.content.Context.getString(int)' on a null object reference",
    [code('bindHeader', ['order', 'home'])],
  ),
  android(
    'java.lang.NullPointerException',
    "Attempt to read from field 'int com.acme.cart.CartItem.quantity' on a null object reference",
    [code('onBindViewHolder', ['cart']), code('restoreCart', ['app'])],
  ),
  android('java.lang.IllegalStateException', 'Fragment CheckoutFragment{4f1a2b9} not attached to a context.', [
    code('onPaymentResult', ['checkout']),
  ]),
  android('java.lang.IndexOutOfBoundsException', 'Index: 3, Size: 3', [code('onItemSwiped', ['cart', 'orders'])]),
  android('java.net.SocketTimeoutException', 'timeout', [request(4)]),
  android(
    'java.net.UnknownHostException',
    'Unable to resolve host "api.acme.example": No address associated with hostname',
    [request(3)],
  ),
  android(
    'android.view.WindowManager$BadTokenException',
    'Unable to add window -- token null is not valid; is your activity running?',
    [code('showRatingDialog', ['order', 'home'])],
  ),
  android(
    'java.lang.OutOfMemoryError',
    'Failed to allocate a 31961104 byte allocation with 25165824 free bytes and 24MB until OOM',
    [code('decodeBitmap', ['images'])],
  ),
  android(
    'kotlinx.coroutines.JobCancellationException',
    'StandaloneCoroutine was cancelled',
    [code('doWork', ['sync'])],
    {
      handled: 1,
    },
  ),
  ios(
    'NSInvalidArgumentException',
    '-[__NSCFNumber length]: unrecognized selector sent to instance 0x8000000000000000',
    [code('configureCell', ['orderHistory', 'cart'])],
  ),
  ios(
    'NSInvalidArgumentException',
    '*** -[__NSPlaceholderDictionary initWithObjects:forKeys:count:]: attempt to insert nil object from objects[1]',
    [code('makePayload', ['checkout', 'sync'])],
  ),
  ios('NSRangeException', '*** -[__NSArrayM objectAtIndex:]: index 4 beyond bounds [0 .. 3]', [
    code('cellForRow', ['orderHistory']),
  ]),
  ios(
    'NSInternalInconsistencyException',
    'Invalid update: invalid number of rows in section 0.',
    [code('applyRefund', ['orderHistory'])],
    { name: 'Order history table update crash (iOS)' },
  ),
  ios('EXC_BAD_ACCESS', 'KERN_INVALID_ADDRESS at 0x0000000000000010', [code('decode', ['decoder', 'product'])]),
];
