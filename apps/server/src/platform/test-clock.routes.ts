import type { FastifyInstance } from 'fastify';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import { Type } from '@sinclair/typebox';
import { AUTHENTICATED, StrictObject } from '@kaifaqu/contracts';
import type { OffsetClock } from './clock.js';
import { responses } from './http/responses.js';

/** Days to move by; negative moves back, so a journey can put the clock where it found it. */
const AdvanceBody = StrictObject({ advanceDays: Type.Integer({ minimum: -400, maximum: 400 }) });
const ClockNow = Type.Object({ now: Type.String() });

/**
 * `POST /test/clock`: moves the server's clock by whole days, for browser journeys only. Registered
 * only when KFQ_E2E_CLOCK is set (never in production) and hidden from the OpenAPI document.
 */
export function registerTestClockRoute(fastify: FastifyInstance, clock: OffsetClock): void {
  const app = fastify.withTypeProvider<TypeBoxTypeProvider>();
  app.post(
    '/test/clock',
    {
      config: { permission: AUTHENTICATED },
      schema: { hide: true, body: AdvanceBody, response: responses({ 200: ClockNow }) },
    },
    (request) => {
      clock.advanceDays(request.body.advanceDays);
      return { now: clock.now().toISOString() };
    },
  );
}
