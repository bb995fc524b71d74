import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { InspectionDetail, InspectionItem, InspectionPage } from '@kaifaqu/contracts';
import { downloadAs } from '../../../platform/files/files.test-support.js';
import {
  SEEDED,
  answer,
  answerAll,
  callAs,
  inspectionWorld,
  startInspection,
  uploadPhoto,
  type InspectionWorld,
} from './inspections.test-support.js';

let w: InspectionWorld;
beforeAll(async () => {
  w = await inspectionWorld();
});
afterAll(async () => {
  await w.t.close();
});

const call = (cookie: string, method: 'GET' | 'POST' | 'PUT', url: string, payload?: object) =>
  callAs(w.t, cookie, method, url, payload);
const detail = async (id: string, cookie = w.inspector) =>
  (await call(cookie, 'GET', `/inspections/${id}`)).json<InspectionDetail>();
const hazardCount = async (inspectionId: string) =>
  Number(
    (
      await w.t.app.ctx.db
        .selectFrom('hazards')
        .select((eb) => eb.fn.countAll<number>().as('n'))
        .where('inspection_id', '=', inspectionId)
        .executeTakeFirstOrThrow()
    ).n,
  );

describe('POST /api/v1/inspections', () => {
  it('starts a draft whose items are copied from the checklist, filed under the enterprise and inspector', async () => {
    const draft = await startInspection(w.t, w.inspector, {
      enterpriseId: w.ids.A,
      checklistId: SEEDED.fire,
      kind: 'special',
    });
    expect(draft).toMatchObject({
      kind: 'special',
      status: 'draft',
      enterpriseId: w.ids.A,
      subParkId: w.t.subParkIds[0],
      departmentId: w.t.departmentIds.safety,
      checklistTitle: '消防安全检查表',
      inspectedOn: '2026-06-09',
      inspectors: '张检查、李检查',
      itemCount: 8,
      failedCount: 0,
      hazards: [],
    });
    expect(draft.items.map((i) => i.seq)).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
    expect(draft.items[7]).toMatchObject({
      content: '电气线路敷设规范，无私拉乱接、超负荷用电',
      hazardCategory: 'electrical',
      result: null,
      hazardId: null,
    });
    expect(draft.items[0]!.legalBasis).toContain('《中华人民共和国消防法》');
  });

  it("refuses a future date, an unknown checklist and another scope's enterprise, creating nothing", async () => {
    const count = async () =>
      Number(
        (
          await w.t.app.ctx.db
            .selectFrom('inspections')
            .select((eb) => eb.fn.countAll<number>().as('n'))
            .executeTakeFirstOrThrow()
        ).n,
      );
    const before = await count();
    const future = await call(w.inspector, 'POST', '/inspections', {
      enterpriseId: w.ids.A,
      checklistId: SEEDED.fire,
      inspectedOn: '2026-06-11',
      inspectors: '张',
    });
    expect(future.statusCode).toBe(400);
    expect(future.json()).toMatchObject({ code: 'INSPECTION_FUTURE_DATE' });
    const unknown = await call(w.inspector, 'POST', '/inspections', {
      enterpriseId: w.ids.A,
      checklistId: '01938000-0000-7000-8000-0000000000ff',
      inspectedOn: '2026-06-09',
      inspectors: '张',
    });
    expect(unknown.json()).toMatchObject({ code: 'INSPECTION_CHECKLIST_UNKNOWN' });
    const foreign = await call(w.parkInspector, 'POST', '/inspections', {
      enterpriseId: w.ids.C,
      checklistId: SEEDED.fire,
      inspectedOn: '2026-06-09',
      inspectors: '张',
    });
    expect(foreign.statusCode).toBe(404);
    expect(await count()).toBe(before);
  });
});

describe('an inspection from draft to completion', () => {
  it('answers items with photos, refuses completion while items are open, then registers one hazard per failure', async () => {
    const draft = await startInspection(w.t, w.inspector, {
      enterpriseId: w.ids.A,
      checklistId: SEEDED.confinedSpace,
    });
    const [first, second, third] = draft.items as [InspectionItem, InspectionItem, InspectionItem];
    const photo = await uploadPhoto(w.t, w.inspector, w.ids.A);

    const failed = await call(
      w.inspector,
      'PUT',
      `/inspections/${draft.id}/items/${second.id}`,
      answer(1, {
        result: 'fail',
        note: '台账未更新',
        photoFileIds: [photo],
        hazardCategory: 'confinedSpace',
        hazardLocation: '污水处理站',
        hazardDeadline: '2026-06-30',
        responsiblePhone: '13900000000',
      }),
    );
    expect(failed.statusCode, failed.body).toBe(200);
    expect(failed.json<InspectionItem>()).toMatchObject({
      result: 'fail',
      photoFileIds: [photo],
      version: 2,
    });
    const major = await call(
      w.inspector,
      'PUT',
      `/inspections/${draft.id}/items/${third.id}`,
      answer(1, {
        result: 'fail',
        hazardGrade: 'major',
        hazardCategory: 'confinedSpace',
        hazardDescription: '污水池入口无任何警示标志',
        hazardDeadline: '2026-07-15',
        responsiblePerson: '赵经理',
      }),
    );
    expect(major.statusCode, major.body).toBe(200);
    const na = await call(
      w.inspector,
      'PUT',
      `/inspections/${draft.id}/items/${first.id}`,
      answer(1, { result: 'notApplicable' }),
    );
    expect(na.statusCode).toBe(200);

    // Five items still open: refused, nothing changed.
    const early = await call(w.inspector, 'POST', `/inspections/${draft.id}/complete`, { version: 1 });
    expect(early.statusCode).toBe(400);
    expect(early.json()).toMatchObject({ code: 'INSPECTION_INCOMPLETE' });
    expect(early.json<{ details: unknown[] }>().details).toHaveLength(5);
    expect(await detail(draft.id)).toMatchObject({ status: 'draft', version: 1, hazards: [] });
    expect(await hazardCount(draft.id)).toBe(0);

    const fresh = await detail(draft.id);
    await answerAll(w.t, w.inspector, { ...fresh, items: fresh.items.filter((i) => i.result === null) });
    const done = await call(w.inspector, 'POST', `/inspections/${draft.id}/complete`, { version: 1 });
    expect(done.statusCode, done.body).toBe(200);
    const completed = done.json<InspectionDetail>();
    expect(completed).toMatchObject({ status: 'completed', version: 2, itemCount: 8, failedCount: 2 });
    expect(completed.hazards).toHaveLength(2);

    const rows = await w.t.app.ctx.db
      .selectFrom('hazards')
      .selectAll()
      .where('inspection_id', '=', draft.id)
      .orderBy('code')
      .execute();
    expect(rows).toHaveLength(2);
    const bySource = new Map(rows.map((r) => [r.inspection_item_id, r]));
    expect(bySource.get(second.id)).toMatchObject({
      enterprise_id: w.ids.A,
      source: 'inspection',
      grade: 'general',
      category: 'confinedSpace',
      location: '污水处理站',
      description: second.content, // defaulted to the item's content
      legal_basis: second.legalBasis,
      found_on: '2026-06-09',
      deadline: '2026-06-30',
      responsible_person: '王安全', // the enterprise's contact person
      responsible_phone: '13900000000',
      status: 'registered',
    });
    expect(JSON.parse(bySource.get(second.id)!.photo_file_ids)).toEqual([photo]);
    expect(bySource.get(third.id)).toMatchObject({
      grade: 'major',
      description: '污水池入口无任何警示标志',
      deadline: '2026-07-15',
      responsible_person: '赵经理',
    });
    // Each failed item links back to its hazard.
    const items = new Map(completed.items.map((i) => [i.id, i]));
    expect(items.get(second.id)!.hazardId).toBe(bySource.get(second.id)!.id);
    expect(items.get(third.id)!.hazardId).toBe(bySource.get(third.id)!.id);
    expect(completed.items.filter((i) => i.hazardId !== null)).toHaveLength(2);

    // Completed is final.
    const edit = await call(
      w.inspector,
      'PUT',
      `/inspections/${draft.id}/items/${first.id}`,
      answer(2, { result: 'pass' }),
    );
    expect(edit.statusCode).toBe(409);
    expect(edit.json()).toMatchObject({ code: 'INSPECTION_COMPLETED' });
    expect(
      (await call(w.inspector, 'POST', `/inspections/${draft.id}/complete`, { version: 2 })).statusCode,
    ).toBe(409);
    const header = await call(w.inspector, 'PUT', `/inspections/${draft.id}`, {
      inspectedOn: '2026-06-08',
      inspectors: '张',
      summary: '',
      version: 2,
    });
    expect(header.statusCode).toBe(409);
    expect(await hazardCount(draft.id)).toBe(2);

    // The enterprise sees its completed inspection and downloads the photo.
    const own = await call(w.as.A, 'GET', `/inspections/${draft.id}`);
    expect(own.statusCode).toBe(200);
    expect(own.json<InspectionDetail>().hazards).toHaveLength(2);
    expect((await downloadAs(w.t.app, w.as.A, photo)).statusCode).toBe(200);
    expect((await downloadAs(w.t.app, w.as.C, photo)).statusCode).toBe(404);
  });

  it('refuses a failure without a deadline at completion, and a deadline before the inspection date', async () => {
    const draft = await startInspection(w.t, w.inspector, {
      enterpriseId: w.ids.B,
      checklistId: SEEDED.beltConveyor,
    });
    const early = await call(
      w.inspector,
      'PUT',
      `/inspections/${draft.id}/items/${draft.items[0]!.id}`,
      answer(1, {
        result: 'fail',
        hazardCategory: 'machinery',
        hazardDeadline: '2026-06-08',
      }),
    );
    expect(early.statusCode).toBe(400);
    expect(early.json()).toMatchObject({ code: 'INSPECTION_DEADLINE_BEFORE_FOUND' });
    await answerAll(w.t, w.inspector, draft, { 1: { result: 'fail' } });
    const refused = await call(w.inspector, 'POST', `/inspections/${draft.id}/complete`, { version: 1 });
    expect(refused.statusCode).toBe(400);
    expect(refused.json<{ details: { path: string }[] }>().details).toEqual([
      { path: '/items/1', message: '第1项不合格,须填写整改期限' },
    ]);
    expect(await detail(draft.id)).toMatchObject({ status: 'draft' });
  });

  it('accepts only photos that exist and were uploaded for the inspected enterprise', async () => {
    const draft = await startInspection(w.t, w.inspector, {
      enterpriseId: w.ids.B,
      checklistId: SEEDED.general,
    });
    const item = draft.items[0]!;
    const put = (ids: string[]) =>
      call(
        w.inspector,
        'PUT',
        `/inspections/${draft.id}/items/${item.id}`,
        answer(1, { photoFileIds: ids, hazardCategory: 'other' }),
      );
    const loose = await uploadPhoto(w.t, w.inspector);
    const otherEnterprise = await uploadPhoto(w.t, w.inspector, w.ids.A);
    for (const ids of [[loose], [otherEnterprise], ['01938000-0000-7000-8000-0000000000ff']]) {
      const response = await put(ids);
      expect(response.statusCode).toBe(400);
      expect(response.json()).toMatchObject({ code: 'INSPECTION_FILE_UNKNOWN' });
    }
    expect((await detail(draft.id)).items[0]).toMatchObject({ result: null, photoFileIds: [], version: 1 });
  });

  it('lets a free-form inspection add ad-hoc items, but not one made from a checklist', async () => {
    const free = await startInspection(w.t, w.inspector, { enterpriseId: w.ids.B, kind: 'joint' });
    expect(free).toMatchObject({ checklistId: null, itemCount: 0, kind: 'joint' });
    const empty = await call(w.inspector, 'POST', `/inspections/${free.id}/complete`, { version: 1 });
    expect(empty.json()).toMatchObject({ code: 'INSPECTION_INCOMPLETE' });
    const added = await call(w.inspector, 'POST', `/inspections/${free.id}/items`, {
      content: '叉车司机无证驾驶',
      legalBasis: '《特种设备安全法》',
      hazardCategory: 'specialEquipment',
    });
    expect(added.statusCode, added.body).toBe(201);
    const withItem = added.json<InspectionDetail>();
    expect(withItem.items).toMatchObject([
      { seq: 1, checklistItemId: null, hazardCategory: 'specialEquipment' },
    ]);
    await answerAll(w.t, w.inspector, withItem, { 1: { result: 'fail', hazardDeadline: '2026-06-20' } });
    const done = await call(w.inspector, 'POST', `/inspections/${free.id}/complete`, { version: 1 });
    expect(done.json<InspectionDetail>().hazards).toMatchObject([
      { grade: 'general', deadline: '2026-06-20' },
    ]);

    const fromChecklist = await startInspection(w.t, w.inspector, {
      enterpriseId: w.ids.B,
      checklistId: SEEDED.fire,
    });
    const refused = await call(w.inspector, 'POST', `/inspections/${fromChecklist.id}/items`, {
      content: 'x',
      legalBasis: '',
      hazardCategory: 'fire',
    });
    expect(refused.statusCode).toBe(409);
    expect(refused.json()).toMatchObject({ code: 'INSPECTION_CHECKLIST_ITEMS_FIXED' });
  });
});

describe('scope of inspections', () => {
  it('shows an enterprise only its own completed inspections; drafts and others answer 404', async () => {
    const draftA = await startInspection(w.t, w.inspector, {
      enterpriseId: w.ids.A,
      checklistId: SEEDED.fire,
    });
    const draftC = await startInspection(w.t, w.inspector, {
      enterpriseId: w.ids.C,
      checklistId: SEEDED.fire,
    });
    expect((await call(w.as.A, 'GET', `/inspections/${draftA.id}`)).statusCode).toBe(404);
    expect((await call(w.as.A, 'GET', `/inspections/${draftC.id}`)).statusCode).toBe(404);
    const list = (await call(w.as.A, 'GET', '/inspections?pageSize=200')).json<InspectionPage>();
    expect(list.items.length).toBeGreaterThan(0);
    expect(list.items.every((i) => i.enterpriseId === w.ids.A && i.status === 'completed')).toBe(true);
    // Even filtering for another enterprise shows nothing of it.
    expect((await call(w.as.A, 'GET', `/inspections?enterpriseId=${w.ids.C}`)).json()).toEqual({
      items: [],
      total: 0,
    });
    expect(
      (await call(w.as.A, 'POST', `/inspections/${draftA.id}/complete`, { version: 1 })).statusCode,
    ).toBe(403);
  });

  it('limits a sub-park inspector to its sub-park: others answer 404 for reads and writes', async () => {
    const inC = await startInspection(w.t, w.inspector, {
      enterpriseId: w.ids.C,
      checklistId: SEEDED.general,
    });
    expect((await call(w.parkInspector, 'GET', `/inspections/${inC.id}`)).statusCode).toBe(404);
    const write = await call(
      w.parkInspector,
      'PUT',
      `/inspections/${inC.id}/items/${inC.items[0]!.id}`,
      answer(1, { hazardCategory: 'other' }),
    );
    expect(write.statusCode).toBe(404);
    expect((await detail(inC.id)).items[0]!.result).toBeNull();
    const list = (await call(w.parkInspector, 'GET', '/inspections?pageSize=200')).json<InspectionPage>();
    expect(list.total).toBe(list.items.length);
    expect(list.items.every((i) => i.subParkId === w.t.subParkIds[0])).toBe(true);
    const all = (await call(w.inspector, 'GET', '/inspections?pageSize=200')).json<InspectionPage>();
    expect(all.total).toBe(list.total + all.items.filter((i) => i.subParkId === w.t.subParkIds[1]).length);
  });

  it('filters by enterprise, kind, status and date range', async () => {
    const all = (await call(w.reader, 'GET', '/inspections?pageSize=200')).json<InspectionPage>();
    const completedB = all.items.filter((i) => i.enterpriseId === w.ids.B && i.status === 'completed');
    const filtered = await call(
      w.reader,
      'GET',
      `/inspections?enterpriseId=${w.ids.B}&status=completed&from=2026-06-09&to=2026-06-09`,
    );
    expect(filtered.json<InspectionPage>().total).toBe(completedB.length);
    expect((await call(w.reader, 'GET', '/inspections?from=2026-06-10')).json()).toEqual({
      items: [],
      total: 0,
    });
    expect((await call(w.reader, 'GET', '/inspections?kind=joint')).json<InspectionPage>().total).toBe(1);
  });
});
