import { describe, expect, it } from 'vitest';
import { useDemoApp } from '../../test/demo-app.js';
import { loginAs } from '../../test/factories.js';
import { DEMO_PASSWORD } from '../accounts/index.js';

// The whole demo loads on an empty database, with permits, stations, readings and alarms dated from the clock.
const demo = useDemoApp('2026-06-15T02:30:00.000Z');
const get = <T>(cookie: string, url: string) => demo.get<T>(cookie, url);

describe('environment demo', () => {
  it('seeds 40 permits, three ending within 90 days and one expired', async () => {
    const cookie = await loginAs(demo.app, 'safety', DEMO_PASSWORD);
    const permits = await get<{ expiresInDays: number }[]>(cookie, '/discharge-permits');
    expect(permits).toHaveLength(40);
    expect(permits.slice(0, 4).map((p) => p.expiresInDays)).toEqual([-12, 18, 40, 75]);
    expect(permits.slice(4).every((p) => p.expiresInDays >= 120)).toBe(true);
  });

  it('seeds six stations with 30 days of hourly readings up to the last full hour, and six alarms', async () => {
    const cookie = await loginAs(demo.app, 'safety', DEMO_PASSWORD);
    const stations = await get<{ code: string; latest: { measuredAt: string }[]; openAlarmCount: number }[]>(
      cookie,
      '/monitoring-stations',
    );
    expect(stations.map((s) => s.code)).toEqual(['AQ-01', 'AQ-02', 'AQ-03', 'WW-01', 'WW-02', 'WW-03']);
    expect(stations.map((s) => s.openAlarmCount)).toEqual([0, 1, 0, 1, 0, 1]);
    for (const s of stations)
      expect(s.latest.every((r) => r.measuredAt === '2026-06-15T02:00:00.000Z')).toBe(true);
    const count = await demo.app.ctx.db
      .selectFrom('monitoring_readings')
      .select((eb) => eb.fn.countAll().as('n'))
      .executeTakeFirstOrThrow();
    expect(Number(count.n)).toBe(720 * (3 * 6 + 3 * 4));
    const alarms = await get<{ status: string }[]>(cookie, '/monitoring-alarms');
    expect(alarms.map((a) => a.status).sort()).toEqual([
      'acknowledged',
      'acknowledged',
      'acknowledged',
      'open',
      'open',
      'open',
    ]);
  });

  it('gives the demo enterprise account its own outlet and permit', async () => {
    const cookie = await loginAs(demo.app, 'qiye1', DEMO_PASSWORD);
    expect(await get<unknown[]>(cookie, '/monitoring-stations')).toHaveLength(1);
    expect(await get<unknown[]>(cookie, '/discharge-permits')).toHaveLength(1);
  });
});
