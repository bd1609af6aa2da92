/** A permission as the admin's RBAC middlewares pass it along. */
interface Permission {
  action: string;
}

type RbacMiddleware = () => (next: (permissions: Permission[]) => Promise<Permission[]>) => (permissions: Permission[]) => Promise<Permission[]>;

/**
 * Strapi's "Marketplace" menu item is a link to market.strapi.io, shown to
 * whoever holds admin::marketplace.read (every super admin). Dropping that
 * permission in the browser hides the link; the portal installs nothing from it.
 */
export const withoutMarketplace: RbacMiddleware = () => (next) => (permissions) =>
  next(permissions.filter((permission) => permission.action !== 'admin::marketplace.read'));
