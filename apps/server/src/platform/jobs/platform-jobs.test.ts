import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createUser, loginAs } from '../../test/factories.js';
import { buildTestApp, type TestApp } from '../../test/test-app.js';

let t: TestApp;
beforeEach(async () => {
  t = await buildTestApp();
});
afterEach(async () => {
  await t.close();
});

describe('platform jobs', () => {
  it('sessions.expire deletes sessions idle past the policy', async () => {
    await createUser(t.app, { username: 'alice', roleCodes: ['economic'] });
    await loginAs(t.app, 'alice');
    const count = async () => (await t.app.ctx.db.selectFrom('sessions').select('id').execute()).length;
    expect(await t.app.jobs.runNow('sessions.expire')).toBe('ran');
    expect(await count()).toBe(1);
    t.clock.advanceMinutes(31);
    expect(await t.app.jobs.runNow('sessions.expire')).toBe('ran');
    expect(await count()).toBe(0);
  });

  it('accounts.disable-inactive disables accounts unused for 90 days and audits each', async () => {
    const idle = await createUser(t.app, { username: 'idle', roleCodes: ['economic'] });
    t.clock.advanceMinutes(89 * 24 * 60);
    const active = await createUser(t.app, { username: 'active', roleCodes: ['economic'] });
    t.clock.advanceMinutes(2 * 24 * 60);
    expect(await t.app.jobs.runNow('accounts.disable-inactive')).toBe('ran');
    const users = await t.app.ctx.db
      .selectFrom('users')
      .select(['id', 'status'])
      .where('id', 'in', [idle, active])
      .execute();
    expect(Object.fromEntries(users.map((u) => [u.id, u.status]))).toEqual({
      [idle]: 'disabled',
      [active]: 'active',
    });
    const audit = await t.app.ctx.db
      .selectFrom('audit_events')
      .select(['object_id', 'result'])
      .where('action', '=', 'user.disabled-inactive')
      .execute();
    expect(audit).toEqual([{ object_id: idle, result: 'success' }]);
  });
});
