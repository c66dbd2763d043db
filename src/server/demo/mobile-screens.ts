/** The demo shop's Android and iOS apps: the classes their exceptions are thrown in, and the screen each shows. */
export type MobileScreen = { className: string; file: string; screenName: string };

const screen = (className: string, file: string, screenName: string): MobileScreen => ({ className, file, screenName });

export const androidScreens = {
  home: screen('com.acme.home.HomeActivity', 'HomeActivity.kt', 'Home'),
  product: screen('com.acme.catalog.ProductDetailActivity', 'ProductDetailActivity.kt', 'Product'),
  cart: screen('com.acme.cart.CartAdapter', 'CartAdapter.kt', 'Cart'),
  checkout: screen('com.acme.checkout.CheckoutFragment', 'CheckoutFragment.kt', 'Checkout'),
  orders: screen('com.acme.orders.OrderListActivity', 'OrderListActivity.kt', 'Orders'),
  order: screen('com.acme.orders.OrderDetailActivity', 'OrderDetailActivity.kt', 'Order'),
  images: screen('com.acme.media.ImageLoader', 'ImageLoader.kt', 'Product'),
  sync: screen('com.acme.sync.SyncWorker', 'SyncWorker.kt', 'Home'),
  app: screen('com.acme.AcmeApplication', 'AcmeApplication.kt', 'Home'),
} as const;

export const iosScreens = {
  home: screen('HomeViewController', 'HomeViewController.swift', 'Home'),
  product: screen('ProductViewController', 'ProductViewController.swift', 'Product'),
  cart: screen('CartViewController', 'CartViewController.swift', 'Cart'),
  checkout: screen('CheckoutViewController', 'CheckoutViewController.swift', 'Checkout'),
  orderHistory: screen('OrderHistoryViewController', 'OrderHistoryViewController.swift', 'Order history'),
  sync: screen('SyncService', 'SyncService.swift', 'Home'),
  decoder: screen('OrderDecoder', 'OrderDecoder.swift', 'Order history'),
} as const;

export const androidApiCalls = [
  ['com.acme.api.OrdersApi', 'OrdersApi.kt', 'fetchOrders'],
  ['com.acme.api.CartApi', 'CartApi.kt', 'syncCart'],
  ['com.acme.api.CatalogApi', 'CatalogApi.kt', 'fetchProduct'],
  ['com.acme.api.SessionApi', 'SessionApi.kt', 'refreshToken'],
] as const;

/** What the framework runs below the app's own frames: vendor code, not in the app. */
export const frameworkFrames = {
  android: [
    ['com.android.internal.os.ZygoteInit', 'ZygoteInit.java', 'main'],
    ['android.app.ActivityThread', 'ActivityThread.java', 'main'],
    ['android.os.Looper', 'Looper.java', 'loop'],
    ['android.os.Handler', 'Handler.java', 'dispatchMessage'],
  ],
  ios: [
    ['UIKitCore', 'UIApplication.m', 'UIApplicationMain'],
    ['UIKitCore', 'UITableView.m', '-[UITableView _updateWithItems:updateSupport:]'],
  ],
  okhttp: [
    ['okhttp3.internal.connection.RealCall', 'RealCall.kt', 'execute'],
    ['okhttp3.internal.connection.RealConnection', 'RealConnection.kt', 'connectSocket'],
  ],
} as const;
