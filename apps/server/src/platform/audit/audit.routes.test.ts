import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createUser, loginAs } from '../../test/factories.js';
import { buildTestApp, type TestApp } from '../../test/test-app.js';
import { appendAuditStandalone, auditHashInput, sha256Hex } from './audit-trail.js';
import { verifyAuditChain } from './audit.service.js';

let t: TestApp;
let auditor: string;
beforeEach(async () => {
  t = await buildTestApp();
  await t.app.ctx.db.updateTable('security_policy').set({ require_admin_totp: 0 }).execute();
  await createUser(t.app, { username: 'aud', roleCodes: ['auditadmin'] });
  auditor = await loginAs(t.app, 'aud');
});
afterEach(async () => {
  await t.close();
});

const get = (url: string) =>
  t.app.inject({ method: 'GET', url: `/api/v1${url}`, headers: { cookie: auditor } });

async function appendRows(count: number, at?: Date): Promise<void> {
  for (let i = 0; i < count; i++) {
    await appendAuditStandalone(
      t.app.ctx.db,
      t.app.ctx.dialect,
      {
        actor: null,
        ip: '127.0.0.1',
        action: 'test.event',
        objectType: 'test',
        objectId: String(i),
        result: 'success',
        detail: `row ${i}`,
      },
      at ?? t.clock.now(),
    );
  }
}

const lastSeq = async () =>
  Number(
    (await t.app.ctx.db.selectFrom('audit_chain').select('last_seq').executeTakeFirstOrThrow()).last_seq,
  );

describe('GET /audit-events', () => {
  it('lists newest first, filtered by Asia/Shanghai calendar days', async () => {
    await appendRows(1, new Date('2026-01-14T15:30:00.000Z')); // 2026-01-14 23:30 in Shanghai
    await appendRows(1, new Date('2026-01-14T16:30:00.000Z')); // 2026-01-15 00:30 in Shanghai
    const all = await get('/audit-events?pageSize=200');
    expect(all.statusCode).toBe(200);
    const seqs = all.json().items.map((e: { seq: number }) => e.seq);
    expect(seqs).toEqual([...seqs].sort((a, b) => b - a));
    expect(all.json().total).toBe(await lastSeq());

    const day = await get('/audit-events?from=2026-01-14&to=2026-01-14&action=test.event');
    expect(day.json().items.map((e: { at: string }) => e.at)).toEqual(['2026-01-14T15:30:00.000Z']);
    const next = await get('/audit-events?from=2026-01-15&to=2026-01-15&action=test.event');
    expect(next.json().items.map((e: { at: string }) => e.at)).toEqual(['2026-01-14T16:30:00.000Z']);
  });

  it('refuses unknown filters and impossible dates with 400', async () => {
    expect((await get('/audit-events?sort=seq')).statusCode).toBe(400);
    const bad = await get('/audit-events?from=2026-02-30');
    expect(bad.statusCode).toBe(400);
    expect(bad.json().code).toBe('VALIDATION_FAILED');
  });

  it('is refused to a business user', async () => {
    await createUser(t.app, { username: 'clerk', roleCodes: ['office'] });
    const cookie = await loginAs(t.app, 'clerk');
    const res = await t.app.inject({ method: 'GET', url: '/api/v1/audit-events', headers: { cookie } });
    expect(res.statusCode).toBe(403);
  });
});

describe('GET /audit-events/verification', () => {
  it('reports an intact chain', async () => {
    await appendRows(5);
    const res = await get('/audit-events/verification');
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({ ok: true, checked: await lastSeq(), firstBrokenSeq: null });
  });

  it('reports the first row whose detail was altered', async () => {
    await appendRows(5);
    const victim = (await lastSeq()) - 2;
    await t.app.ctx.db
      .updateTable('audit_events')
      .set({ detail: 'nothing happened' })
      .where('seq', '=', victim)
      .execute();
    const res = await get('/audit-events/verification');
    expect(res.json()).toMatchObject({ ok: false, firstBrokenSeq: victim });
  });

  it('reports a removed row, and a row rehashed to hide an edit breaks at the next link', async () => {
    await appendRows(6);
    const last = await lastSeq();
    await t.app.ctx.db
      .deleteFrom('audit_events')
      .where('seq', '=', last - 1)
      .execute();
    expect(await verifyAuditChain(t.app.ctx.db)).toMatchObject({ ok: false, firstBrokenSeq: last - 1 });

    const row = await t.app.ctx.db
      .selectFrom('audit_events')
      .selectAll()
      .where('seq', '=', last - 4)
      .executeTakeFirstOrThrow();
    const forged = { ...row, seq: Number(row.seq), detail: 'forged' };
    await t.app.ctx.db
      .updateTable('audit_events')
      .set({ detail: 'forged', hash: sha256Hex(auditHashInput(forged)) })
      .where('seq', '=', last - 4)
      .execute();
    expect(await verifyAuditChain(t.app.ctx.db, 2)).toMatchObject({ ok: false, firstBrokenSeq: last - 3 });
  });
});
