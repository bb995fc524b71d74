import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SafetyFileSection } from '@kaifaqu/contracts';
import { ManualClock } from '../../../platform/clock.js';
import { newId } from '../../../platform/ids.js';
import { buildTestApp, type TestApp } from '../../../test/test-app.js';
import { createUser, loginAs } from '../../../test/factories.js';
import { registerEnterprise } from '../../enterprises/enterprises.test-support.js';
import { insertHazard, insertInspection } from './safety-stats.test-support.js';

// Today 2026-05-20. 甲: agreements 2025 and 2026, three hazards (one closed, one open within its
// deadline, one open past it), two completed inspections and a draft, one discharge permit.
let t: TestApp;
let staff: string;
let jiaId: string;
let yiId: string;

beforeAll(async () => {
  t = await buildTestApp({ clock: new ManualClock('2026-05-20T02:00:00.000Z') });
  const park = t.subParkIds[0];
  await createUser(t.app, { username: 'stats', roleCodes: ['economic'] });
  const registrar = await loginAs(t.app, 'stats');
  jiaId = await registerEnterprise(t.app, registrar, { name: '甲公司', subParkId: park });
  yiId = await registerEnterprise(t.app, registrar, { name: '乙公司', subParkId: park });
  await createUser(t.app, { username: 'safe', roleCodes: ['safety'] });
  staff = await loginAs(t.app, 'safe');

  const at = t.clock.now().toISOString();
  for (const year of [2025, 2026])
    await t.app.ctx.db
      .insertInto('safety_agreements')
      .values({
        id: newId(),
        year,
        party_kind: 'enterprise',
        enterprise_id: jiaId,
        unit_name: '甲公司',
        project: null,
        signed_on: `${year}-02-01`,
        signatories: '管委会;甲公司',
        file_ids: '[]',
        note: null,
        sub_park_id: park,
        department_id: null,
        created_by: null,
        version: 1,
        created_at: at,
        updated_at: at,
      })
      .execute();
  const base = { enterpriseId: jiaId, subParkId: park, category: 'fire', grade: 'general' as const };
  await insertHazard(t.app, {
    ...base,
    foundOn: '2026-01-10',
    deadline: '2026-01-31',
    closedOn: '2026-01-20',
  });
  await insertHazard(t.app, { ...base, foundOn: '2026-05-01', deadline: '2026-06-01' });
  await insertHazard(t.app, { ...base, grade: 'major', foundOn: '2026-03-01', deadline: '2026-04-30' });
  await insertHazard(t.app, { ...base, enterpriseId: yiId, foundOn: '2026-03-01', deadline: '2026-04-30' });
  await insertInspection(t.app, { enterpriseId: jiaId, subParkId: park, on: '2026-01-10' });
  await insertInspection(t.app, { enterpriseId: jiaId, subParkId: park, on: '2026-05-01' });
  await insertInspection(t.app, { enterpriseId: jiaId, subParkId: park, on: '2026-05-10', status: 'draft' });
  await t.app.ctx.db
    .insertInto('discharge_permits')
    .values({
      id: newId(),
      enterprise_id: jiaId,
      sub_park_id: park,
      department_id: null,
      permit_no: '91320500MA1XXXXXX001P',
      management_class: 'simplified',
      issued_on: '2024-06-01',
      valid_from: '2024-06-01',
      valid_to: '2029-05-31',
      pollutants: '[]',
      file_ids: '[]',
      note: null,
      status: 'active',
      created_by: null,
      version: 1,
      created_at: at,
      updated_at: at,
    })
    .execute();
});
afterAll(async () => {
  await t.close();
});

async function sectionOf(cookie: string, enterpriseId: string) {
  const response = await t.app.inject({
    method: 'GET',
    url: `/api/v1/enterprises/${enterpriseId}/file`,
    headers: { cookie },
  });
  return response;
}

describe('一企一档 · 安全环保', () => {
  it('shows agreements, hazards, inspections and permits of the enterprise', async () => {
    const response = await sectionOf(staff, jiaId);
    expect(response.statusCode).toBe(200);
    const section = (
      response.json() as { sections: { key: string; titleZh: string; data: unknown }[] }
    ).sections.find((s) => s.key === 'safety')!;
    expect(section.titleZh).toBe('安全环保');
    const data = section.data as SafetyFileSection;
    expect(data.agreementYears).toEqual([2026, 2025]);
    expect(data.hazardCounts).toEqual({ open: 2, overdue: 1, closed: 1 });
    expect(data.openHazards.map((h) => [h.grade, h.deadline, h.overdue])).toEqual([
      ['major', '2026-04-30', true],
      ['general', '2026-06-01', false],
    ]);
    expect(data.inspections.map((i) => i.inspectedOn)).toEqual(['2026-05-01', '2026-01-10']);
    expect(data.dischargePermits).toMatchObject([
      { number: '91320500MA1XXXXXX001P', validFrom: '2024-06-01', validTo: '2029-05-31' },
    ]);
  });

  it("lets an enterprise read its own file and answers 404 for another's", async () => {
    await createUser(t.app, {
      username: 'yi',
      roleCodes: ['enterprise'],
      scope: { kind: 'enterprise', enterpriseId: yiId },
    });
    const yi = await loginAs(t.app, 'yi');
    const own = await sectionOf(yi, yiId);
    expect(own.statusCode).toBe(200);
    const data = (own.json() as { sections: { key: string; data: SafetyFileSection }[] }).sections.find(
      (s) => s.key === 'safety',
    )!.data;
    expect(data.hazardCounts).toEqual({ open: 1, overdue: 1, closed: 0 });
    expect(data.agreementYears).toEqual([]);
    expect((await sectionOf(yi, jiaId)).statusCode).toBe(404);
  });
});
