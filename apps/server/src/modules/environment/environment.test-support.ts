import type { MonitoringStationCreateBody } from '@kaifaqu/contracts';
import type { KaifaquApp } from '../../app.js';

/** Registers a station over HTTP; returns its id and its ingestion key. */
export async function createStation(
  app: KaifaquApp,
  cookie: string,
  overrides: Partial<MonitoringStationCreateBody> = {},
): Promise<{ id: string; apiKey: string; version: number }> {
  const response = await app.inject({
    method: 'POST',
    url: '/api/v1/monitoring-stations',
    headers: { cookie },
    payload: {
      code: 'AQ01',
      name: '管委会空气站',
      kind: 'airQuality',
      enterpriseId: null,
      subParkId: null,
      location: '管委会楼顶',
      thresholds: [
        { pollutant: 'PM2_5', unit: 'μg/m³', upperLimit: 75, lowerLimit: null },
        { pollutant: 'SO2', unit: 'μg/m³', upperLimit: 150, lowerLimit: null },
      ],
      ...overrides,
    },
  });
  if (response.statusCode !== 201)
    throw new Error(`create station failed: ${response.statusCode} ${response.body}`);
  const body = response.json() as { station: { id: string; version: number }; apiKey: string };
  return { id: body.station.id, apiKey: body.apiKey, version: body.station.version };
}

/** Sends readings as a device would. */
export function ingest(
  app: KaifaquApp,
  apiKey: string | null,
  readings: unknown,
  headers: Record<string, string> = {},
) {
  return app.inject({
    method: 'POST',
    url: '/api/v1/monitoring/readings',
    headers: { ...(apiKey === null ? {} : { authorization: `Bearer ${apiKey}` }), ...headers },
    payload: { readings },
  });
}

/** How many readings are stored, all stations. */
export async function readingCount(app: KaifaquApp): Promise<number> {
  const row = await app.ctx.db
    .selectFrom('monitoring_readings')
    .select((eb) => eb.fn.countAll().as('n'))
    .executeTakeFirstOrThrow();
  return Number(row.n);
}
