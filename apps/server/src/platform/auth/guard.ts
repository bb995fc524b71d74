import type { FastifyInstance, FastifyRequest } from 'fastify';
import { AUTHENTICATED, ErrorCode, PUBLIC } from '@kaifaqu/contracts';
import type { AppContext } from '../context.js';
import { AppError, forbidden, unauthenticated } from '../errors.js';
import { actorOf, type AuthContext } from './auth-context.js';
import { resolveSession, SESSION_COOKIE } from './session.service.js';

/** What a route declares about who may call it. */
export type RoutePermission = typeof PUBLIC | typeof AUTHENTICATED | string | readonly string[];

/** One row of the route inventory (security.md 6). */
export interface RouteRecord {
  method: string;
  url: string;
  permission: RoutePermission | undefined;
  /** The route's request schemas, for tests that enumerate routes (inventory, fuzzing). */
  schema: { body?: unknown; querystring?: unknown; params?: unknown };
}

declare module 'fastify' {
  interface FastifyContextConfig {
    /** Required: `public`, `authenticated`, a `module:action` permission, or a list (any of). */
    permission?: RoutePermission;
    /** True for the few routes a password-change or second-factor-enrolment session may reach. */
    allowRestricted?: boolean;
  }
  interface FastifyRequest {
    auth: AuthContext | null;
  }
  interface FastifyInstance {
    routeInventory: RouteRecord[];
  }
}

/** The signed-in caller of a route that declared a permission (never null there). */
export function authOf(request: FastifyRequest): AuthContext {
  if (!request.auth) throw unauthenticated();
  return request.auth;
}

/**
 * Default deny: resolves the session cookie and checks the route's declared permission before
 * anything else runs. A route that declares nothing answers 403 to everyone and fails the
 * inventory test. Web-app assets outside `/api` are the only implicit public routes.
 */
export function installAuthGuard(app: FastifyInstance, ctx: AppContext): void {
  app.decorate('routeInventory', [] as RouteRecord[]);
  app.decorateRequest('auth', null);
  app.addHook('onRoute', (route) => {
    const methods = Array.isArray(route.method) ? route.method : [route.method];
    const isWebAsset = !route.url.startsWith('/api');
    if (isWebAsset && route.config?.permission === undefined) {
      route.config = { ...route.config, permission: PUBLIC };
    }
    for (const method of methods) {
      const { body, querystring, params } = route.schema ?? {};
      app.routeInventory.push({
        method: String(method),
        url: route.url,
        permission: route.config?.permission,
        schema: { body, querystring, params },
      });
    }
  });
  app.addHook('onRequest', async (request) => {
    const token = request.cookies[SESSION_COOKIE];
    if (token) request.auth = await resolveSession(ctx.db, token, ctx.clock.now());
    if (!request.routeOptions.url) return; // unmatched: the not-found handler answers
    const permission = request.routeOptions.config.permission;
    if (permission === PUBLIC) return;
    if (!request.auth) throw unauthenticated(token ? '登录已过期,请重新登录' : '请先登录');
    if (request.auth.restriction && !request.routeOptions.config.allowRestricted) {
      throw request.auth.restriction === 'passwordChange'
        ? new AppError(403, ErrorCode.passwordChangeRequired, '请先修改密码')
        : new AppError(403, ErrorCode.totpEnrolmentRequired, '请先绑定双因素认证');
    }
    if (permission === AUTHENTICATED) return;
    const required =
      permission === undefined ? [] : typeof permission === 'string' ? [permission] : permission;
    if (required.some((p) => request.auth!.permissions.has(p))) return;
    await ctx.audit({
      actor: actorOf(request.auth),
      ip: request.ip,
      action: 'permission.denied',
      objectType: 'route',
      objectId: `${request.method} ${request.routeOptions.url}`.slice(0, 64),
      result: 'denied',
      detail: permission === undefined ? 'route declares no permission' : `requires ${required.join(' | ')}`,
    });
    throw forbidden();
  });
}
