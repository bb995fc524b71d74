import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PUBLIC, permissionCatalogue } from '@kaifaqu/contracts';
import { buildTestApp, type TestApp } from '../../test/test-app.js';
import { createUser, loginAs } from '../../test/factories.js';

let t: TestApp;
beforeAll(async () => {
  t = await buildTestApp();
});
afterAll(async () => {
  await t.close();
});

/** The short, explicit list of routes anyone may call (security.md 6). */
// The monitoring ingestion is public at the session guard: devices authenticate by station key.
const PUBLIC_ROUTES = [
  'GET /api/health',
  'GET /api/v1/auth/login-options',
  'POST /api/v1/auth/login',
  'POST /api/v1/monitoring/readings',
];

describe('route inventory', () => {
  const apiRoutes = () => t.app.routeInventory.filter((r) => r.url.startsWith('/api') && r.method !== 'HEAD');

  it('every API route declares a permission that exists', () => {
    const known = new Set(permissionCatalogue.map((p) => p.code));
    const undeclared = apiRoutes().filter((r) => r.permission === undefined);
    expect(undeclared).toEqual([]);
    for (const route of apiRoutes()) {
      const required =
        typeof route.permission === 'string' ? [route.permission] : [...(route.permission ?? [])];
      for (const p of required) {
        if (p === 'public' || p === 'authenticated') continue;
        expect(known.has(p), `${route.method} ${route.url} declares unknown ${p}`).toBe(true);
      }
    }
  });

  it('the public list is exactly login, login options, health and the monitoring ingestion', () => {
    const publicRoutes = apiRoutes()
      .filter((r) => r.permission === PUBLIC)
      .map((r) => `${r.method} ${r.url}`);
    expect(publicRoutes.sort()).toEqual([...PUBLIC_ROUTES].sort());
  });

  it('every non-public API route answers 401 without a session', async () => {
    for (const route of apiRoutes().filter((r) => r.permission !== PUBLIC)) {
      const url = route.url.replace(/:id/g, '01900000-0000-7000-8000-000000000000');
      const response = await t.app.inject({ method: route.method as 'GET', url });
      expect(response.statusCode, `${route.method} ${route.url}`).toBe(401);
    }
  });

  it('the OpenAPI document lists every API route', async () => {
    await createUser(t.app, { username: 'reader', roleCodes: ['office'] });
    const cookie = await loginAs(t.app, 'reader');
    const doc = (
      await t.app.inject({ method: 'GET', url: '/api/v1/openapi.json', headers: { cookie } })
    ).json();
    expect(doc.openapi).toMatch(/^3\./);
    const documented = new Set(
      Object.entries(doc.paths as Record<string, Record<string, unknown>>).flatMap(([p, ops]) =>
        Object.keys(ops).map((m) => `${m.toUpperCase()} ${p.replace(/\{(\w+)\}/g, ':$1')}`),
      ),
    );
    const expected = apiRoutes()
      .filter((r) => r.url !== '/api/v1/openapi.json')
      .map((r) => `${r.method} ${r.url}`);
    expect(expected.filter((r) => !documented.has(r))).toEqual([]);
  });
});
