import type { FastifyInstance, FastifyReply } from 'fastify';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import { Type } from '@sinclair/typebox';
import {
  AUTHENTICATED,
  ChangePasswordBody,
  LoginBody,
  LoginOptions,
  Me,
  PUBLIC,
  TotpEnableBody,
  TotpSetup,
} from '@kaifaqu/contracts';
import { authOf } from '../../platform/auth/guard.js';
import { LoginRateLimiter } from '../../platform/auth/login-rate-limiter.js';
import { resolveSession, SESSION_COOKIE } from '../../platform/auth/session.service.js';
import type { AppContext } from '../../platform/context.js';
import { responses } from '../../platform/http/responses.js';
import * as service from './identity.service.js';
import { login } from './login.service.js';

const tags = ['auth'];
const NoContent = Type.Null();

/** Sign-in, sign-out, the caller's profile, password change and second factor. */
export function registerIdentityRoutes(fastify: FastifyInstance, ctx: AppContext): void {
  const app = fastify.withTypeProvider<TypeBoxTypeProvider>();
  const limiter = new LoginRateLimiter(ctx.config.loginRateLimitPerMinute);
  const setSessionCookie = (reply: FastifyReply, token: string) =>
    reply.setCookie(SESSION_COOKIE, token, {
      httpOnly: true,
      sameSite: 'strict',
      secure: ctx.config.cookieSecure,
      path: '/',
    });

  app.get(
    '/auth/login-options',
    {
      config: { permission: PUBLIC },
      schema: { tags, response: responses({ 200: LoginOptions }) },
    },
    () => service.loginOptions(ctx),
  );

  app.post(
    '/auth/login',
    {
      config: { permission: PUBLIC },
      schema: { tags, body: LoginBody, response: responses({ 200: Me }, [423, 429]) },
    },
    async (request, reply) => {
      const { token } = await login(ctx, limiter, request.body, {
        ip: request.ip,
        userAgent: request.headers['user-agent'] ?? '',
        previousToken: request.cookies[SESSION_COOKIE],
      });
      setSessionCookie(reply, token);
      const auth = await resolveSession(ctx.db, token, ctx.clock.now());
      if (!auth) throw new Error('a session just started could not be resolved');
      return service.me(ctx, auth);
    },
  );

  app.post(
    '/auth/logout',
    {
      config: { permission: AUTHENTICATED, allowRestricted: true },
      schema: { tags, response: responses({ 204: NoContent }) },
    },
    async (request, reply) => {
      await service.logout(ctx, authOf(request), request.ip);
      reply.clearCookie(SESSION_COOKIE, { path: '/' });
      return reply.status(204).send(null);
    },
  );

  app.get(
    '/auth/me',
    {
      config: { permission: AUTHENTICATED, allowRestricted: true },
      schema: { tags, response: responses({ 200: Me }) },
    },
    (request) => service.me(ctx, authOf(request)),
  );

  app.post(
    '/auth/password',
    {
      config: { permission: AUTHENTICATED, allowRestricted: true },
      schema: { tags, body: ChangePasswordBody, response: responses({ 204: NoContent }) },
    },
    async (request, reply) => {
      const token = await service.changePassword(ctx, authOf(request), request.body, {
        ip: request.ip,
        userAgent: request.headers['user-agent'] ?? '',
      });
      setSessionCookie(reply, token);
      return reply.status(204).send(null);
    },
  );

  app.post(
    '/auth/totp/setup',
    {
      config: { permission: AUTHENTICATED, allowRestricted: true },
      schema: { tags, response: responses({ 200: TotpSetup }) },
    },
    (request) => service.setupTotp(ctx, authOf(request)),
  );

  app.post(
    '/auth/totp/enable',
    {
      config: { permission: AUTHENTICATED, allowRestricted: true },
      schema: { tags, body: TotpEnableBody, response: responses({ 204: NoContent }) },
    },
    async (request, reply) => {
      await service.enableTotp(ctx, authOf(request), request.body.code, request.ip);
      return reply.status(204).send(null);
    },
  );
}
