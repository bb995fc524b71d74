import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildHazardWorld, type HazardWorld } from './hazards.test-support.js';

let w: HazardWorld;
beforeAll(async () => {
  w = await buildHazardWorld();
});
afterAll(async () => {
  await w.t.close();
});

describe('safety agreements (安全生产责任书)', () => {
  it('records, lists, corrects and removes agreements, and shows who has not signed', async () => {
    const before = (await w.call(w.inspector, 'GET', '/safety-agreements?year=2026')).json();
    expect(before.items).toEqual([]);
    expect(before.unsigned.map((u: { name: string }) => u.name).sort()).toEqual([
      '乙机械有限公司',
      '甲化工有限公司',
    ]);

    const signA = {
      year: 2026,
      partyKind: 'enterprise',
      enterpriseId: w.enterpriseA,
      signedOn: '2026-02-01',
      signatories: '管委会主任 / 甲公司总经理',
    };
    expect((await w.call(w.qiyeA, 'POST', '/safety-agreements', signA)).statusCode).toBe(403);
    expect((await w.call(w.leader, 'POST', '/safety-agreements', signA)).statusCode).toBe(403);
    const created = await w.call(w.inspector, 'POST', '/safety-agreements', signA);
    expect(created.statusCode, created.body).toBe(201);
    expect(created.json()).toMatchObject({ unitName: '甲化工有限公司', partyKind: 'enterprise', version: 1 });
    const dup = await w.call(w.inspector, 'POST', '/safety-agreements', signA);
    expect(dup.statusCode).toBe(409);
    expect(dup.json().code).toBe('SAFETY_AGREEMENT_DUPLICATE');

    const unit = await w.call(w.inspector, 'POST', '/safety-agreements', {
      year: 2026,
      partyKind: 'constructionUnit',
      unitName: '中建某局',
      project: '乙公司二期厂房',
      signedOn: '2026-03-01',
      signatories: '项目经理',
    });
    expect(unit.statusCode, unit.body).toBe(201);
    const noName = await w.call(w.inspector, 'POST', '/safety-agreements', {
      year: 2026,
      partyKind: 'constructionUnit',
      signedOn: '2026-03-01',
      signatories: 'x',
    });
    expect(noName.json().code).toBe('SAFETY_AGREEMENT_PARTY_INVALID');

    const year = (await w.call(w.inspector, 'GET', '/safety-agreements?year=2026')).json();
    expect(year.items.map((a: { unitName: string }) => a.unitName)).toEqual(['中建某局', '甲化工有限公司']);
    expect(year.unsigned).toEqual([{ enterpriseId: w.enterpriseB, name: '乙机械有限公司' }]);
    expect((await w.call(w.inspector, 'GET', '/safety-agreements?year=2025')).json().unsigned).toHaveLength(
      2,
    );

    // Enterprise accounts see their own agreement only.
    const ownA = (await w.call(w.qiyeA, 'GET', '/safety-agreements?year=2026')).json();
    expect(ownA).toEqual({ items: [expect.objectContaining({ enterpriseId: w.enterpriseA })], unsigned: [] });
    expect((await w.call(w.qiyeB, 'GET', '/safety-agreements?year=2026')).json()).toEqual({
      items: [],
      unsigned: [{ enterpriseId: w.enterpriseB, name: '乙机械有限公司' }],
    });

    const id = created.json().id as string;
    const changed = await w.call(w.inspector, 'PUT', `/safety-agreements/${id}`, {
      signedOn: '2026-02-02',
      signatories: '主任',
      version: 1,
    });
    expect(changed.json()).toMatchObject({ signedOn: '2026-02-02', version: 2 });
    expect(
      (
        await w.call(w.inspector, 'PUT', `/safety-agreements/${id}`, {
          signedOn: '2026-02-03',
          signatories: '主任',
          version: 1,
        })
      ).statusCode,
    ).toBe(409);
    expect((await w.call(w.qiyeB, 'GET', '/safety-agreements?year=2026')).json().items).toEqual([]);
    expect((await w.call(w.inspector, 'DELETE', `/safety-agreements/${id}`)).statusCode).toBe(204);
    expect((await w.call(w.inspector, 'DELETE', `/safety-agreements/${id}`)).statusCode).toBe(404);
    expect((await w.call(w.inspector, 'GET', '/safety-agreements?year=2026')).json().unsigned).toHaveLength(
      2,
    );
  });
});
