/**
 * The admin API paths of the edit view's "Trên trang" panel: served by
 * site-status-route.ts, asked by admin/site-status/site-status-panel.tsx.
 * Plain constants, so the admin bundle can import them.
 */
export const SITE_STATUS_PATH = '/hoilhpn/site-status';
export const PAGE_ADDRESS_PATH = '/hoilhpn/page-address';
