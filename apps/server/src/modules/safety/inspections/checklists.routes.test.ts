import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Checklist } from '@kaifaqu/contracts';
import { SEEDED, callAs, inspectionWorld, type InspectionWorld } from './inspections.test-support.js';

let w: InspectionWorld;
beforeAll(async () => {
  w = await inspectionWorld();
});
afterAll(async () => {
  await w.t.close();
});

const call = (cookie: string, method: 'GET' | 'POST' | 'PUT', url: string, payload?: object) =>
  callAs(w.t, cookie, method, url, payload);

const custom = (overrides: object = {}) => ({
  title: '仓库巡查表',
  topic: null,
  description: '',
  items: [
    { content: '货物堆放稳固', legalBasis: '', hazardCategory: 'housekeeping' },
    { content: '灭火器在有效期内', legalBasis: '《中华人民共和国消防法》', hazardCategory: 'fire' },
  ],
  ...overrides,
});

describe('GET /api/v1/inspections/checklists', () => {
  it('lists the six standard checklists every install is seeded with, items in order with legal bases', async () => {
    const response = await call(w.reader, 'GET', '/inspections/checklists');
    expect(response.statusCode).toBe(200);
    const list = response.json<Checklist[]>();
    const seeded = list.filter((c) => c.builtIn);
    expect(seeded.map((c) => [c.id, c.itemCount])).toEqual([
      [SEEDED.confinedSpace, 8],
      [SEEDED.dustExplosion, 8],
      [SEEDED.fire, 8],
      [SEEDED.hazardousChemicals, 8],
      [SEEDED.beltConveyor, 7],
      [SEEDED.general, 8],
    ]);
    const confined = seeded.find((c) => c.id === SEEDED.confinedSpace)!;
    expect(confined).toMatchObject({
      title: '有限空间作业安全检查表',
      topic: 'confinedSpace',
      status: 'active',
    });
    expect(confined.items.map((i) => i.seq)).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
    expect(confined.items[3]).toMatchObject({
      content: '作业前履行审批手续，严格执行"先通风、再检测、后作业"',
      hazardCategory: 'confinedSpace',
    });
    expect(confined.items[3]!.legalBasis).toContain('应急管理部令第13号');
    expect(seeded.find((c) => c.id === SEEDED.dustExplosion)!.items[0]!.legalBasis).toContain(
      '应急管理部令第6号',
    );
    expect(seeded.find((c) => c.id === SEEDED.fire)!.items[0]!.legalBasis).toContain('公安部令第61号');
    expect(seeded.every((c) => c.items.every((i) => i.legalBasis.length > 0))).toBe(true);
  });

  it('lets an enterprise account read the templates', async () => {
    const response = await call(w.as.A, 'GET', `/inspections/checklists/${SEEDED.fire}`);
    expect(response.statusCode).toBe(200);
    expect(response.json<Checklist>().title).toBe('消防安全检查表');
  });
});

describe('checklist upkeep', () => {
  it('creates, edits (items replaced) and archives a custom checklist, each change audited', async () => {
    const created = await call(w.inspector, 'POST', '/inspections/checklists', custom());
    expect(created.statusCode, created.body).toBe(201);
    const checklist = created.json<Checklist>();
    expect(checklist).toMatchObject({ builtIn: false, itemCount: 2, version: 1 });
    expect(checklist.items.map((i) => [i.seq, i.content])).toEqual([
      [1, '货物堆放稳固'],
      [2, '灭火器在有效期内'],
    ]);

    const edited = await call(w.inspector, 'PUT', `/inspections/checklists/${checklist.id}`, {
      ...custom({ title: '仓库巡查表(2026版)' }),
      items: [{ content: '通道畅通', legalBasis: '', hazardCategory: 'fire' }],
      version: 1,
    });
    expect(edited.statusCode, edited.body).toBe(200);
    expect(edited.json<Checklist>()).toMatchObject({ title: '仓库巡查表(2026版)', itemCount: 1, version: 2 });

    const stale = await call(w.inspector, 'PUT', `/inspections/checklists/${checklist.id}`, {
      ...custom(),
      version: 1,
    });
    expect(stale.statusCode).toBe(409);

    const archived = await call(w.inspector, 'POST', `/inspections/checklists/${checklist.id}/archive`, {
      version: 2,
    });
    expect(archived.json<Checklist>()).toMatchObject({ status: 'archived', version: 3 });
    const active = (await call(w.reader, 'GET', '/inspections/checklists')).json<Checklist[]>();
    expect(active.some((c) => c.id === checklist.id)).toBe(false);
    const all = (await call(w.reader, 'GET', '/inspections/checklists?includeArchived=true')).json<
      Checklist[]
    >();
    expect(all.find((c) => c.id === checklist.id)!.items.map((i) => i.content)).toEqual(['通道畅通']);

    const audit = await w.t.app.ctx.db
      .selectFrom('audit_events')
      .select('action')
      .where('object_id', '=', checklist.id)
      .orderBy('seq')
      .execute();
    expect(audit.map((a) => a.action)).toEqual(['checklist.create', 'checklist.update', 'checklist.archive']);
  });

  it('refuses to change or archive a standard checklist (409, unchanged) but copies it into an editable one', async () => {
    const before = (await call(w.reader, 'GET', `/inspections/checklists/${SEEDED.fire}`)).json<Checklist>();
    const edit = await call(w.inspector, 'PUT', `/inspections/checklists/${SEEDED.fire}`, {
      ...custom(),
      version: 1,
    });
    expect(edit.statusCode).toBe(409);
    expect(edit.json()).toMatchObject({ code: 'INSPECTION_CHECKLIST_BUILT_IN' });
    const archive = await call(w.inspector, 'POST', `/inspections/checklists/${SEEDED.fire}/archive`, {
      version: 1,
    });
    expect(archive.statusCode).toBe(409);
    expect((await call(w.reader, 'GET', `/inspections/checklists/${SEEDED.fire}`)).json()).toEqual(before);

    const copy = await call(w.inspector, 'POST', `/inspections/checklists/${SEEDED.fire}/copy`);
    expect(copy.statusCode, copy.body).toBe(201);
    const copied = copy.json<Checklist>();
    expect(copied).toMatchObject({
      title: '消防安全检查表(副本)',
      builtIn: false,
      topic: 'fire',
      itemCount: 8,
    });
    expect(copied.items.map((i) => i.content)).toEqual(before.items.map((i) => i.content));
    expect(copied.items[0]!.id).not.toBe(before.items[0]!.id);
  });

  it('needs safety:manage to write and answers 404 for an unknown checklist', async () => {
    expect((await call(w.reader, 'POST', '/inspections/checklists', custom())).statusCode).toBe(403);
    expect((await call(w.as.A, 'POST', `/inspections/checklists/${SEEDED.fire}/copy`)).statusCode).toBe(403);
    const unknown = '01938000-0000-7000-8000-0000000000ff';
    expect((await call(w.reader, 'GET', `/inspections/checklists/${unknown}`)).statusCode).toBe(404);
  });

  it('refuses a checklist without items or with an unknown hazard category', async () => {
    expect(
      (await call(w.inspector, 'POST', '/inspections/checklists', custom({ items: [] }))).statusCode,
    ).toBe(400);
    const bad = custom({ items: [{ content: 'x', legalBasis: '', hazardCategory: 'nonsense' }] });
    expect((await call(w.inspector, 'POST', '/inspections/checklists', bad)).statusCode).toBe(400);
  });
});
