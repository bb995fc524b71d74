import type { LightMyRequestResponse } from 'fastify';
import type { HazardCreateBody } from '@kaifaqu/contracts';
import { ManualClock } from '../../../platform/clock.js';
import { png, uploadAs } from '../../../platform/files/files.test-support.js';
import { buildTestApp, type TestApp } from '../../../test/test-app.js';
import { TEST_PASSWORD, createUser, loginAs } from '../../../test/factories.js';
import { registerEnterprise } from '../../enterprises/enterprises.test-support.js';

// Shared setup of the hazard tests (not a test file itself).

export type Method = 'GET' | 'POST' | 'PUT' | 'DELETE';

/** A test app with two enterprises, their accounts, an inspector, a department head and a leader. */
export interface HazardWorld {
  t: TestApp;
  enterpriseA: string;
  enterpriseB: string;
  inspector: string;
  /** An inspector of the office department (which has no head). */
  officeInspector: string;
  leader: string;
  qiyeA: string;
  qiyeB: string;
  sysadmin: string;
  headUserId: string;
  head: string;
  call(cookie: string, method: Method, url: string, payload?: object): Promise<LightMyRequestResponse>;
}

const ADMIN_TOTP = 'JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP';

/** 2026-03-10 10:00 in Asia/Shanghai. */
export const START = '2026-03-10T02:00:00.000Z';

export async function buildHazardWorld(): Promise<HazardWorld> {
  const t = await buildTestApp({ clock: new ManualClock(START) });
  await createUser(t.app, { username: 'econ', roleCodes: ['economic'] });
  const econ = await loginAs(t.app, 'econ');
  const enterpriseA = await registerEnterprise(t.app, econ, {
    name: '甲化工有限公司',
    subParkId: t.subParkIds[0],
    status: 'inProduction',
  });
  const enterpriseB = await registerEnterprise(t.app, econ, {
    name: '乙机械有限公司',
    subParkId: t.subParkIds[1],
    status: 'inProduction',
  });
  const safetyDept = t.departmentIds.safety;
  await createUser(t.app, { username: 'insp', roleCodes: ['safety'], departmentId: safetyDept });
  await createUser(t.app, {
    username: 'officeinsp',
    roleCodes: ['safety'],
    departmentId: t.departmentIds.office,
  });
  const headUserId = await createUser(t.app, {
    username: 'head',
    roleCodes: ['safety'],
    departmentId: safetyDept,
  });
  await createUser(t.app, { username: 'boss', roleCodes: ['leader'] });
  await createUser(t.app, { username: 'sys', roleCodes: ['sysadmin'], totpSecret: ADMIN_TOTP });
  await createUser(t.app, {
    username: 'qiyea',
    roleCodes: ['enterprise'],
    scope: { kind: 'enterprise', enterpriseId: enterpriseA },
  });
  await createUser(t.app, {
    username: 'qiyeb',
    roleCodes: ['enterprise'],
    scope: { kind: 'enterprise', enterpriseId: enterpriseB },
  });
  const call = (cookie: string, method: Method, url: string, payload?: object) =>
    t.app.inject({ method, url: `/api/v1${url}`, headers: { cookie }, ...(payload ? { payload } : {}) });
  return {
    t,
    enterpriseA,
    enterpriseB,
    inspector: await loginAs(t.app, 'insp'),
    officeInspector: await loginAs(t.app, 'officeinsp'),
    leader: await loginAs(t.app, 'boss'),
    qiyeA: await loginAs(t.app, 'qiyea'),
    qiyeB: await loginAs(t.app, 'qiyeb'),
    sysadmin: await loginAs(t.app, 'sys', TEST_PASSWORD, ADMIN_TOTP),
    head: await loginAs(t.app, 'head'),
    headUserId,
    call,
  };
}

/** Signs everyone in again (after the test moved the clock past the session timeout). */
export async function signInAgain(w: HazardWorld): Promise<void> {
  const app = w.t.app;
  w.inspector = await loginAs(app, 'insp');
  w.officeInspector = await loginAs(app, 'officeinsp');
  w.leader = await loginAs(app, 'boss');
  w.qiyeA = await loginAs(app, 'qiyea');
  w.qiyeB = await loginAs(app, 'qiyeb');
  w.head = await loginAs(app, 'head');
}

/** A manual registration body; override what the test is about. */
export function hazardBody(
  enterpriseId: string,
  overrides: Partial<HazardCreateBody> = {},
): HazardCreateBody {
  return {
    enterpriseId,
    location: '二号车间',
    category: 'fire',
    grade: 'general',
    description: '灭火器压力不足',
    legalBasis: '《消防法》第十六条',
    photoFileIds: [],
    foundOn: '2026-03-10',
    deadline: '2026-03-20',
    responsiblePerson: '王五',
    responsiblePhone: '13900000000',
    ...overrides,
  };
}

/** Uploads a photo as `cookie` (for `enterpriseId` when staff upload) and returns its id. */
export async function uploadPhoto(w: HazardWorld, cookie: string, enterpriseId?: string): Promise<string> {
  const parts = [
    ...(enterpriseId ? [{ name: 'enterpriseId', value: enterpriseId }] : []),
    { name: 'file', filename: 'photo.png', content: png(1000) },
  ];
  const response = await uploadAs(w.t.app, cookie, parts);
  if (response.statusCode !== 201) throw new Error(`upload failed: ${response.statusCode} ${response.body}`);
  return (response.json() as { id: string }).id;
}

/** Registers a hazard as the inspector and returns its id. */
export async function registerAs(w: HazardWorld, cookie: string, body: HazardCreateBody): Promise<string> {
  const response = await w.call(cookie, 'POST', '/hazards', body);
  if (response.statusCode !== 201)
    throw new Error(`register hazard failed: ${response.statusCode} ${response.body}`);
  return (response.json() as { hazard: { id: string } }).hazard.id;
}
