import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import { ErrorBody, PUBLIC, ReadingIngestBody, ReadingIngestResult } from '@kaifaqu/contracts';
import { LoginRateLimiter } from '../../../platform/auth/login-rate-limiter.js';
import type { AppContext } from '../../../platform/context.js';
import type { MonitoringStationTable } from '../environment.tables.js';
import { authenticateStation, ingestReadings, rateLimited } from './ingestion.service.js';

/** Batches a station may send per minute (per server instance). */
const BATCHES_PER_MINUTE = 60;

/**
 * The readings ingestion endpoint for monitoring devices. It is public at the session guard: a
 * device has no session. Its own hook authenticates the station key before the body is even
 * validated, so a bad key always answers 401.
 */
export function registerIngestionRoutes(fastify: FastifyInstance, ctx: AppContext): void {
  const app = fastify.withTypeProvider<TypeBoxTypeProvider>();
  const stationOf = new WeakMap<FastifyRequest, MonitoringStationTable>();
  const limiter = new LoginRateLimiter(BATCHES_PER_MINUTE);

  app.post(
    '/monitoring/readings',
    {
      config: { permission: PUBLIC },
      onRequest: async (request) => {
        const station = await authenticateStation(ctx, request.headers.authorization);
        if (!limiter.allow(station.id, ctx.clock.now().getTime())) throw rateLimited();
        stationOf.set(request, station);
      },
      schema: {
        tags: ['environment'],
        summary: 'Monitoring readings ingestion (device API)',
        description:
          'Authenticated by the station key: `Authorization: Bearer <stationCode>.<secret>` (the key is ' +
          'shown once when the station is registered or its key rotated). 1–500 readings per request, ' +
          'stored all or none; a reading already stored (same pollutant and time) is skipped. ' +
          `At most ${BATCHES_PER_MINUTE} requests per station and minute.`,
        // No session cookie: the station key travels as a bearer token.
        security: [{ stationKey: [] }],
        body: ReadingIngestBody,
        response: {
          200: ReadingIngestResult,
          400: ErrorBody,
          401: ErrorBody,
          429: ErrorBody,
          500: ErrorBody,
        },
      },
    },
    (request) => ingestReadings(ctx, stationOf.get(request)!, request.body, request.ip),
  );
}
