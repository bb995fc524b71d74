import type { FastifyInstance } from 'fastify';
import type { AppContext } from '../../platform/context.js';
import { registerRoleRoutes } from './roles.routes.js';
import { registerStaffDirectoryRoutes } from './staff-directory.routes.js';
import { registerUserRoutes } from './users.routes.js';

/** The accounts module's public face: accounts, roles, policy. */
export function registerAccountRoutes(app: FastifyInstance, ctx: AppContext): void {
  registerUserRoutes(app, ctx);
  registerRoleRoutes(app, ctx);
  registerStaffDirectoryRoutes(app, ctx);
}
export { ensureAccountDefaults } from './bootstrap.js';
export { builtInRoles } from './built-in-roles.js';
export { defaultSecurityPolicy } from './policy.service.js';
export { seedAccountsDemo, demoAccounts, DEMO_PASSWORD } from './accounts.seed.js';
