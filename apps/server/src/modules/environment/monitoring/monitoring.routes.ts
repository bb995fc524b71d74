import type { FastifyInstance } from 'fastify';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import { Type } from '@sinclair/typebox';
import {
  AlarmAcknowledgeBody,
  AlarmHazardBody,
  IdParams,
  MonitoringAlarm,
  MonitoringAlarmListQuery,
  MonitoringStation,
  MonitoringStationCreateBody,
  MonitoringStationUpdateBody,
  MonitoringStationWithKey,
  ReadingSeries,
  ReadingSeriesQuery,
  VersionBody,
} from '@kaifaqu/contracts';
import { callerOf } from '../../../platform/audit/audited-change.js';
import { authOf } from '../../../platform/auth/guard.js';
import type { AppContext } from '../../../platform/context.js';
import { responses } from '../../../platform/http/responses.js';
import * as alarms from './alarms.service.js';
import * as stations from './stations.service.js';

const tags = ['environment'];

/** Monitoring stations (with their limits and keys), reading series and alarms. */
export function registerMonitoringRoutes(fastify: FastifyInstance, ctx: AppContext): void {
  const app = fastify.withTypeProvider<TypeBoxTypeProvider>();

  app.get(
    '/monitoring-stations',
    {
      config: { permission: 'env:read' },
      schema: { tags, response: responses({ 200: Type.Array(MonitoringStation) }) },
    },
    (request) => stations.listStations(ctx, authOf(request).scope),
  );

  app.get(
    '/monitoring-stations/:id',
    {
      config: { permission: 'env:read' },
      schema: { tags, params: IdParams, response: responses({ 200: MonitoringStation }, [404]) },
    },
    (request) => stations.getStation(ctx, authOf(request).scope, request.params.id),
  );

  app.get(
    '/monitoring-stations/:id/readings',
    {
      config: { permission: 'env:read' },
      schema: {
        tags,
        params: IdParams,
        querystring: ReadingSeriesQuery,
        response: responses({ 200: ReadingSeries }, [404]),
      },
    },
    (request) => stations.readingSeries(ctx, authOf(request).scope, request.params.id, request.query),
  );

  app.post(
    '/monitoring-stations',
    {
      config: { permission: 'env:manage' },
      schema: {
        tags,
        description: 'Registers a station; the response carries its ingestion key, shown this once.',
        body: MonitoringStationCreateBody,
        response: responses({ 201: MonitoringStationWithKey }, [404, 409]),
      },
    },
    async (request, reply) =>
      reply.status(201).send(await stations.createStation(ctx, callerOf(request), request.body)),
  );

  app.put(
    '/monitoring-stations/:id',
    {
      config: { permission: 'env:manage' },
      schema: {
        tags,
        params: IdParams,
        body: MonitoringStationUpdateBody,
        response: responses({ 200: MonitoringStation }, [404, 409]),
      },
    },
    (request) => stations.updateStation(ctx, callerOf(request), request.params.id, request.body),
  );

  app.post(
    '/monitoring-stations/:id/key',
    {
      config: { permission: 'env:manage' },
      schema: {
        tags,
        description: 'Replaces the ingestion key; the new key is shown this once, the old one stops working.',
        params: IdParams,
        body: VersionBody,
        response: responses({ 200: MonitoringStationWithKey }, [404, 409]),
      },
    },
    (request) => stations.rotateStationKey(ctx, callerOf(request), request.params.id, request.body.version),
  );

  app.get(
    '/monitoring-alarms',
    {
      config: { permission: 'env:read' },
      schema: {
        tags,
        querystring: MonitoringAlarmListQuery,
        response: responses({ 200: Type.Array(MonitoringAlarm) }),
      },
    },
    (request) => alarms.listAlarms(ctx, authOf(request).scope, request.query),
  );

  app.post(
    '/monitoring-alarms/:id/acknowledge',
    {
      config: { permission: 'env:manage' },
      schema: {
        tags,
        params: IdParams,
        body: AlarmAcknowledgeBody,
        response: responses({ 200: MonitoringAlarm }, [404, 409]),
      },
    },
    (request) => alarms.acknowledgeAlarm(ctx, callerOf(request), request.params.id, request.body),
  );

  app.post(
    '/monitoring-alarms/:id/hazard',
    {
      config: { permission: 'env:manage' },
      schema: {
        tags,
        description:
          "Turns an open alarm of an enterprise's wastewater outlet into a hazard of that enterprise.",
        params: IdParams,
        body: AlarmHazardBody,
        response: responses({ 200: MonitoringAlarm }, [404, 409]),
      },
    },
    (request) => alarms.raiseHazardFromAlarm(ctx, callerOf(request), request.params.id, request.body),
  );
}
