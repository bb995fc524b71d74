import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DemoRandom } from './demo/demo-random.js';
import { buildTestApp, type TestApp } from './test/test-app.js';
import { createUser, loginAs } from './test/factories.js';
import { registerEnterprise } from './modules/enterprises/enterprises.test-support.js';

// security.md 11: random input to every route never yields a 5xx. Values are drawn from each
// route's own schema (so many requests get past validation into the services), with real ids
// mixed in, and then broken at random. KFQ_FUZZ_ROUNDS raises the rounds per route.
const ROUNDS = Number(process.env.KFQ_FUZZ_ROUNDS ?? 60);
// Routes that end or rotate the fuzzing session itself would only fuzz the login page after.
const SKIP = new Set(['POST /api/v1/auth/logout', 'POST /api/v1/auth/password', 'POST /api/v1/auth/login']);

type Schema = Record<string, unknown> & {
  type?: string;
  properties?: Record<string, Schema>;
  items?: Schema;
  anyOf?: Schema[];
  required?: string[];
};

let t: TestApp;
const sessions: { cookie: string; permissions: Set<string> }[] = [];
const ids: string[] = [];
const random = new DemoRandom(11);

const junk = (): unknown =>
  random.pick<() => unknown>([
    () => null,
    () => -1,
    () => 1e308,
    () => '',
    () => 'x'.repeat(5000),
    () => '../../etc/passwd',
    () => "' or 1=1 --",
    () => '𠮷😀\u0000',
    () => [],
    () => ({}),
    () => true,
    () => '2026-02-31',
    () => '01900000-0000-7000-8000-000000000000',
  ])();

function valueFor(schema: Schema | undefined, depth = 0): unknown {
  if (!schema || depth > 4 || random.next() < 0.05) return junk();
  if (schema.anyOf) return valueFor(random.pick(schema.anyOf), depth + 1);
  if ('const' in schema) return schema.const;
  switch (schema.type) {
    case 'object': {
      const out: Record<string, unknown> = {};
      for (const [key, sub] of Object.entries(schema.properties ?? {})) {
        if (schema.required?.includes(key) || random.next() < 0.6) out[key] = valueFor(sub, depth + 1);
      }
      if (random.next() < 0.05) out.extra = 'mass-assignment';
      return out;
    }
    case 'array':
      return Array.from({ length: random.int(0, 3) }, () => valueFor(schema.items, depth + 1));
    case 'integer':
      return random.pick([0, 1, 2, 7, 2026, random.int(-5, 100_000), 2_147_483_647]);
    case 'number':
      return random.next() * 1000;
    case 'boolean':
      return random.next() < 0.5;
    case 'null':
      return null;
    case 'string':
      if (schema.format === 'uuid') return ids.length > 0 && random.next() < 0.7 ? random.pick(ids) : junk();
      if (schema.format === 'date-time') return new Date(random.int(0, 2e12)).toISOString();
      if (typeof schema.pattern === 'string' && schema.pattern.includes('\\d{4}-\\d{2}-\\d{2}'))
        return `20${random.int(10, 30)}-0${random.int(1, 9)}-${random.int(10, 31)}`;
      return random.pick([
        '',
        'a',
        '测试',
        'ABC-1',
        '2026-01',
        '91320500000000001W',
        'signed',
        'zone',
        'economic',
        'x'.repeat(random.int(1, 40)),
      ]);
    default:
      return junk();
  }
}

beforeAll(async () => {
  t = await buildTestApp();
  await t.app.ctx.db.updateTable('security_policy').set({ require_admin_totp: 0 }).execute();
  await createUser(t.app, { username: 'fuzz_stats', roleCodes: ['economic'] });
  const staff = await loginAs(t.app, 'fuzz_stats');
  for (let i = 0; i < 3; i++)
    ids.push(await registerEnterprise(t.app, staff, { subParkId: t.subParkIds[i % 3] }));
  await createUser(t.app, {
    username: 'fuzz_ent',
    roleCodes: ['enterprise'],
    scope: { kind: 'enterprise', enterpriseId: ids[0]! },
  });
  for (const role of ['sysadmin', 'secadmin', 'auditadmin'])
    await createUser(t.app, { username: `fuzz_${role}`, roleCodes: [role] });
  for (let i = 0; i < 3; i++)
    ids.push(await createUser(t.app, { username: `target${i}`, roleCodes: ['office'] }));
  ids.push(...t.subParkIds, t.departmentIds.office);
  for (const username of ['fuzz_stats', 'fuzz_ent', 'fuzz_sysadmin', 'fuzz_secadmin', 'fuzz_auditadmin']) {
    const cookie = await loginAs(t.app, username);
    const me = (
      await t.app.inject({ method: 'GET', url: '/api/v1/auth/me', headers: { cookie } })
    ).json() as { permissions: string[] };
    sessions.push({ cookie, permissions: new Set(me.permissions) });
  }
});
afterAll(async () => {
  await t.close();
});

describe('fuzzing every API route', () => {
  it(`answers no 5xx to ${ROUNDS} random requests per route`, async () => {
    const failures: string[] = [];
    const byClass: Record<string, number> = {};
    const routes = t.app.routeInventory.filter(
      (r) => r.url.startsWith('/api') && r.method !== 'HEAD' && !SKIP.has(`${r.method} ${r.url}`),
    );
    for (const route of routes) {
      const required =
        typeof route.permission === 'string' ? [route.permission] : [...(route.permission ?? [])];
      const session = sessions.find((s) => required.some((p) => s.permissions.has(p))) ?? sessions[0]!;
      for (let round = 0; round < ROUNDS; round++) {
        const params = (valueFor(route.schema.params as Schema) ?? {}) as Record<string, unknown>;
        const url = route.url.replace(/:(\w+)/g, (_m, name: string) =>
          encodeURIComponent(String(params[name] ?? random.pick(ids))),
        );
        const query = valueFor(route.schema.querystring as Schema);
        const search =
          query && typeof query === 'object' && !Array.isArray(query)
            ? new URLSearchParams(
                Object.entries(query).map(([k, v]): [string, string] => [
                  k,
                  typeof v === 'object' ? JSON.stringify(v) : String(v),
                ]),
              ).toString()
            : '';
        const response = await t.app.inject({
          method: route.method as 'GET',
          url: search ? `${url}?${search}` : url,
          headers: { cookie: session.cookie },
          ...(route.method === 'GET'
            ? {}
            : {
                payload: JSON.stringify(valueFor(route.schema.body as Schema)),
                headers: { cookie: session.cookie, 'content-type': 'application/json' },
              }),
        });
        const cls = `${Math.floor(response.statusCode / 100)}xx`;
        byClass[cls] = (byClass[cls] ?? 0) + 1;
        if (response.statusCode >= 500)
          failures.push(
            `${route.method} ${url}?${search} → ${response.statusCode} ${response.body.slice(0, 200)}`,
          );
      }
    }
    expect(routes.length).toBeGreaterThan(40);
    expect(failures).toEqual([]);
    // The generator reaches the services, not only the validator: some random requests succeed.
    expect(byClass['2xx'] ?? 0).toBeGreaterThan(routes.length);
    if (process.env.KFQ_FUZZ_ROUNDS) console.log('fuzz status classes', byClass);
  }, 300_000);
});
