import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type TestApp } from '../../test/test-app.js';
import { createUser, loginAs } from '../../test/factories.js';

let t: TestApp;
let cookie: string;
beforeAll(async () => {
  t = await buildTestApp();
  await t.app.ctx.db.updateTable('security_policy').set({ require_admin_totp: 0 }).execute();
  await createUser(t.app, { username: 'sys', roleCodes: ['sysadmin'] });
  cookie = await loginAs(t.app, 'sys');
});
afterAll(async () => {
  await t.close();
});

describe('optimistic concurrency', () => {
  it('1,000 concurrent conflicting updates lose none: the final version counts the successes', async () => {
    const parkId = t.subParkIds[0];
    const update = (version: number, n: number) =>
      t.app.inject({
        method: 'PUT',
        url: `/api/v1/sub-parks/${parkId}`,
        headers: { cookie },
        payload: { name: `园区-${n}`, boundary: '', areaMu: null, status: 'active', version },
      });
    // Each client reads the current version, then writes; most collide and get 409.
    const results = await Promise.all(
      Array.from({ length: 1000 }, async (_, n) => {
        const parks = (
          await t.app.inject({ method: 'GET', url: '/api/v1/sub-parks', headers: { cookie } })
        ).json();
        const current = parks.find((p: { id: string }) => p.id === parkId).version as number;
        return (await update(current, n)).statusCode;
      }),
    );
    const successes = results.filter((s) => s === 200).length;
    expect(results.every((s) => s === 200 || s === 409)).toBe(true);
    expect(successes).toBeGreaterThan(0);
    const final = await t.app.ctx.db
      .selectFrom('sub_parks')
      .select('version')
      .where('id', '=', parkId)
      .executeTakeFirstOrThrow();
    expect(final.version).toBe(1 + successes);
    const audited = await t.app.ctx.db
      .selectFrom('audit_events')
      .select('seq')
      .where('action', '=', 'subPark.update')
      .execute();
    expect(audited.length).toBe(successes);
  });
});
