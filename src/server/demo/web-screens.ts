/** The demo web shop's pages, as its components and routes: where its exceptions are thrown. */
export const webOrigin = 'https://app.acme.example';

export type WebScreen = { route: string; file: string; component: string };

const screen = (route: string, file: string, component: string): WebScreen => ({ route, file, component });

export const webScreens = {
  home: screen('/', 'src/home/home-page.tsx', 'HomePage'),
  catalog: screen('/products', 'src/catalog/product-grid.tsx', 'ProductGrid'),
  product: screen('/products/espresso-grinder-x2', 'src/catalog/product-page.tsx', 'ProductPage'),
  productEditor: screen('/products/new', 'src/catalog/product-editor.tsx', 'ProductEditor'),
  search: screen('/search?q=grinder', 'src/search/search-results.tsx', 'SearchResults'),
  cart: screen('/checkout/cart', 'src/checkout/cart-page.tsx', 'CartPage'),
  checkout: screen('/checkout', 'src/checkout/checkout-page.tsx', 'CheckoutPage'),
  cartLine: screen('/checkout', 'src/checkout/cart-line.tsx', 'CartLine'),
  coupon: screen('/checkout', 'src/checkout/coupon-field.tsx', 'CouponField'),
  payment: screen('/checkout/payment', 'src/checkout/payment-step.tsx', 'PaymentStep'),
  orders: screen('/orders', 'src/orders/order-list.tsx', 'OrderList'),
  order: screen('/orders/10428', 'src/orders/order-detail.tsx', 'OrderDetail'),
  invoices: screen('/billing/invoices', 'src/billing/invoice-table.tsx', 'InvoiceTable'),
  invoice: screen('/billing/invoices/INV-2291', 'src/billing/invoice-view.tsx', 'InvoiceView'),
  account: screen('/account', 'src/account/account-page.tsx', 'AccountPage'),
  addresses: screen('/account/addresses', 'src/account/address-book.tsx', 'AddressBook'),
  settings: screen('/settings', 'src/settings/settings-page.tsx', 'SettingsPage'),
  notifications: screen('/settings/notifications', 'src/settings/notification-settings.tsx', 'NotificationSettings'),
  automation: screen('/automation/rules/12', 'src/automation/rule-editor.tsx', 'RuleEditor'),
  reports: screen('/reports', 'src/reports/report-dashboard.tsx', 'ReportDashboard'),
  revenue: screen('/reports/revenue', 'src/reports/revenue-chart.tsx', 'RevenueChart'),
  support: screen('/support', 'src/support/help-widget.tsx', 'HelpWidget'),
  login: screen('/login', 'src/auth/login-form.tsx', 'LoginForm'),
  adminUsers: screen('/admin/users', 'src/admin/user-table.tsx', 'UserTable'),
  adminAudit: screen('/admin/audit-log', 'src/admin/audit-log.tsx', 'AuditLog'),
} as const;

/** The shop's API client: `src/api/<file>` and the function that makes the call. */
export const webApiCalls = [
  ['orders.ts', 'fetchOrders'],
  ['orders.ts', 'fetchOrder'],
  ['orders.ts', 'cancelOrder'],
  ['cart.ts', 'fetchCart'],
  ['cart.ts', 'updateCartLine'],
  ['cart.ts', 'applyCoupon'],
  ['checkout.ts', 'createPaymentIntent'],
  ['checkout.ts', 'placeOrder'],
  ['invoices.ts', 'fetchInvoices'],
  ['invoices.ts', 'downloadInvoicePdf'],
  ['catalog.ts', 'fetchProducts'],
  ['catalog.ts', 'fetchProduct'],
  ['catalog.ts', 'searchProducts'],
  ['account.ts', 'fetchProfile'],
  ['account.ts', 'saveAddress'],
  ['session.ts', 'refreshSession'],
  ['reports.ts', 'fetchRevenue'],
  ['settings.ts', 'saveNotificationSettings'],
] as const;
