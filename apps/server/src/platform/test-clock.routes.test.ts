import { afterAll, describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../config.js';
import { buildTestApp, type TestApp } from '../test/test-app.js';
import { createUser, loginAs } from '../test/factories.js';
import { ManualClock } from './clock.js';

// KFQ_E2E_CLOCK lets browser journeys move the server clock; it must never reach production.
const opened: TestApp[] = [];
afterAll(async () => {
  for (const t of opened) await t.close();
});

async function signedIn(env: Record<string, string> = {}) {
  const t = await buildTestApp({ clock: new ManualClock('2026-03-01T02:00:00.000Z'), env });
  opened.push(t);
  await createUser(t.app, { username: 'clockuser', roleCodes: ['office'] });
  return { t, cookie: await loginAs(t.app, 'clockuser') };
}

describe('KFQ_E2E_CLOCK', () => {
  it('is refused when NODE_ENV=production', () => {
    expect(() => loadConfig({ KFQ_E2E_CLOCK: 'true', NODE_ENV: 'production' }, '/tmp')).toThrow(ConfigError);
    try {
      loadConfig({ KFQ_E2E_CLOCK: 'true', NODE_ENV: 'production' }, '/tmp');
    } catch (error) {
      expect((error as ConfigError).problems).toEqual([
        'KFQ_E2E_CLOCK must not be set when NODE_ENV=production',
      ]);
    }
    expect(loadConfig({ NODE_ENV: 'production' }, '/tmp').e2eClockControl).toBe(false);
    expect(loadConfig({ KFQ_E2E_CLOCK: 'true', NODE_ENV: 'test' }, '/tmp').e2eClockControl).toBe(true);
  });

  it('without the flag there is no clock route', async () => {
    const { t, cookie } = await signedIn();
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/v1/test/clock',
      headers: { cookie },
      payload: { advanceDays: 8 },
    });
    expect(res.statusCode).toBe(404);
    expect(t.app.ctx.clock.now().toISOString()).toBe('2026-03-01T02:00:00.000Z');
  });

  it('with the flag a signed-in caller moves the clock by days; hidden from OpenAPI', async () => {
    const { t, cookie } = await signedIn({ KFQ_E2E_CLOCK: 'true' });
    const post = (payload: object, headers: Record<string, string> = { cookie }) =>
      t.app.inject({ method: 'POST', url: '/api/v1/test/clock', headers, payload });
    expect((await post({ advanceDays: 8 }, {})).statusCode).toBe(401);
    expect((await post({ advanceDays: 401 })).statusCode).toBe(400);
    expect((await post({ advanceDays: 1.5 })).statusCode).toBe(400);
    expect(t.app.ctx.clock.now().toISOString()).toBe('2026-03-01T02:00:00.000Z');
    const openapi = await t.app.inject({ method: 'GET', url: '/api/v1/openapi.json', headers: { cookie } });
    expect(openapi.statusCode).toBe(200);
    expect(openapi.body).toContain('/investment-stats/summary');
    expect(openapi.body).not.toContain('/test/clock');
    const moved = await post({ advanceDays: 8 });
    expect(moved.statusCode).toBe(200);
    expect(moved.json()).toEqual({ now: '2026-03-09T02:00:00.000Z' });
    expect(t.app.ctx.clock.now().toISOString()).toBe('2026-03-09T02:00:00.000Z');
    // Eight days idle ends the session: the journey signs in again, and puts the clock back.
    expect((await post({ advanceDays: -8 })).statusCode).toBe(401);
    const again = await loginAs(t.app, 'clockuser');
    expect((await post({ advanceDays: -8 }, { cookie: again })).json()).toEqual({
      now: '2026-03-01T02:00:00.000Z',
    });
  });
});
