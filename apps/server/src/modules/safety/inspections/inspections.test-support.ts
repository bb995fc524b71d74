import { expect } from 'vitest';
import type { InspectionDetail } from '@kaifaqu/contracts';
import { ManualClock } from '../../../platform/clock.js';
import { png, uploadAs } from '../../../platform/files/files.test-support.js';
import { buildTestApp, type TestApp } from '../../../test/test-app.js';
import { createUser, loginAs } from '../../../test/factories.js';
import { registerEnterprise } from '../../enterprises/enterprises.test-support.js';

// Helpers shared by the inspection route tests (not a test file itself).

/** Fixed ids of the seeded checklists (migration 2026-12-02T1010). */
export const SEEDED = {
  confinedSpace: '01938000-0000-7000-8000-000000000001',
  dustExplosion: '01938000-0000-7000-8000-000000000002',
  fire: '01938000-0000-7000-8000-000000000003',
  hazardousChemicals: '01938000-0000-7000-8000-000000000004',
  beltConveyor: '01938000-0000-7000-8000-000000000005',
  general: '01938000-0000-7000-8000-000000000006',
} as const;

/** The world of an inspection test: an inspector, a reader, three enterprises and their accounts. */
export interface InspectionWorld {
  t: TestApp;
  /** safety role, whole zone, in the safety department. */
  inspector: string;
  /** economic role: safety:read only. */
  reader: string;
  /** safety role limited to sub-park 1. */
  parkInspector: string;
  /** Enterprise ids: A and B in sub-park 1, C in sub-park 2. */
  ids: { A: string; B: string; C: string };
  /** Cookies of enterprise A's and C's accounts. */
  as: { A: string; C: string };
}

/** Builds the world on 2026-06-10 (Asia/Shanghai). */
export async function inspectionWorld(): Promise<InspectionWorld> {
  const t = await buildTestApp({ clock: new ManualClock('2026-06-10T02:00:00.000Z') });
  await createUser(t.app, {
    username: 'inspector',
    roleCodes: ['safety'],
    departmentId: t.departmentIds.safety,
  });
  await createUser(t.app, { username: 'reader', roleCodes: ['economic'] });
  await createUser(t.app, {
    username: 'parkinspector',
    roleCodes: ['safety'],
    scope: { kind: 'subParks', subParkIds: [t.subParkIds[0]] },
  });
  await createUser(t.app, { username: 'registrar', roleCodes: ['economic'] });
  const registrar = await loginAs(t.app, 'registrar');
  const ids = {
    A: await registerEnterprise(t.app, registrar, { subParkId: t.subParkIds[0], contactName: '王安全' }),
    B: await registerEnterprise(t.app, registrar, { subParkId: t.subParkIds[0] }),
    C: await registerEnterprise(t.app, registrar, { subParkId: t.subParkIds[1] }),
  };
  for (const key of ['A', 'C'] as const)
    await createUser(t.app, {
      username: `qiye${key.toLowerCase()}`,
      roleCodes: ['enterprise'],
      scope: { kind: 'enterprise', enterpriseId: ids[key] },
    });
  return {
    t,
    inspector: await loginAs(t.app, 'inspector'),
    reader: await loginAs(t.app, 'reader'),
    parkInspector: await loginAs(t.app, 'parkinspector'),
    ids,
    as: { A: await loginAs(t.app, 'qiyea'), C: await loginAs(t.app, 'qiyec') },
  };
}

type Method = 'GET' | 'POST' | 'PUT' | 'DELETE';

/** One API call as a session. */
export function callAs(t: TestApp, cookie: string, method: Method, url: string, payload?: object) {
  return t.app.inject({ method, url: `/api/v1${url}`, headers: { cookie }, ...(payload ? { payload } : {}) });
}

/** Uploads a small PNG about an enterprise (or about none) and returns its id. */
export async function uploadPhoto(t: TestApp, cookie: string, enterpriseId?: string): Promise<string> {
  const response = await uploadAs(t.app, cookie, [
    ...(enterpriseId ? [{ name: 'enterpriseId', value: enterpriseId }] : []),
    { name: 'file', filename: '现场照片.png', content: png(500) },
  ]);
  expect(response.statusCode, response.body).toBe(201);
  return response.json<{ id: string }>().id;
}

/** Starts an inspection as the session; returns the draft. */
export async function startInspection(
  t: TestApp,
  cookie: string,
  body: Record<string, unknown>,
): Promise<InspectionDetail> {
  const response = await callAs(t, cookie, 'POST', '/inspections', {
    inspectedOn: '2026-06-09',
    inspectors: '张检查、李检查',
    ...body,
  });
  expect(response.statusCode, response.body).toBe(201);
  return response.json<InspectionDetail>();
}

/** The body that answers an item; override what the test is about. */
export function answer(version: number, overrides: Record<string, unknown> = {}) {
  return {
    result: 'pass',
    note: '',
    photoFileIds: [],
    hazardGrade: 'general',
    hazardCategory: 'fire',
    hazardLocation: '',
    hazardDescription: '',
    hazardDeadline: null,
    responsiblePerson: '',
    responsiblePhone: null,
    version,
    ...overrides,
  };
}

/** Answers every item of a draft as passed, except the listed overrides by seq. */
export async function answerAll(
  t: TestApp,
  cookie: string,
  inspection: InspectionDetail,
  bySeq: Record<number, Record<string, unknown>> = {},
): Promise<void> {
  for (const item of inspection.items) {
    const response = await callAs(
      t,
      cookie,
      'PUT',
      `/inspections/${inspection.id}/items/${item.id}`,
      answer(item.version, { hazardCategory: item.hazardCategory, ...bySeq[item.seq] }),
    );
    expect(response.statusCode, response.body).toBe(200);
  }
}
