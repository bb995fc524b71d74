import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createUser, loginAs } from '../../test/factories.js';
import { buildTestApp, type TestApp } from '../../test/test-app.js';
import { newId } from '../ids.js';
import { downloadAs, uploadAs, type Part } from './files.test-support.js';

let t: TestApp;
let staff: string;
beforeEach(async () => {
  t = await buildTestApp();
  await createUser(t.app, { username: 'staff', roleCodes: ['safety'] });
  staff = await loginAs(t.app, 'staff');
});
afterEach(async () => {
  await t.close();
});

const upload = (cookie: string, parts: Part[]) => uploadAs(t.app, cookie, parts);
const download = (cookie: string, rawPath: string) => downloadAs(t.app, cookie, rawPath);

describe('GET /files/:id', () => {
  it('answers 404 to path tricks, malformed ids and unknown ids', async () => {
    const tricks = [
      '..%2F..%2Fetc%2Fpasswd',
      '%2e%2e',
      '..',
      'not-a-uuid',
      '%2Fetc%2Fpasswd',
      newId(),
      newId().toUpperCase(),
      'a'.repeat(99),
    ];
    for (const trick of tricks) {
      const res = await download(staff, trick);
      expect(res.statusCode, trick).toBe(404);
      expect(res.json().code, trick).toBe('NOT_FOUND');
    }
  });

  it("answers 404 for another enterprise's file and 200 for its own", async () => {
    const [e1, e2] = [newId(), newId()];
    await createUser(t.app, {
      username: 'ent1',
      roleCodes: ['enterprise'],
      scope: { kind: 'enterprise', enterpriseId: e1 },
    });
    await createUser(t.app, {
      username: 'ent2',
      roleCodes: ['enterprise'],
      scope: { kind: 'enterprise', enterpriseId: e2 },
    });
    const [c1, c2] = [await loginAs(t.app, 'ent1'), await loginAs(t.app, 'ent2')];
    const id = (
      await upload(c1, [{ name: 'file', filename: '报表.pdf', content: Buffer.from('%PDF-1.4\n...') }])
    ).json().id;

    const foreign = await download(c2, id);
    expect(foreign.statusCode).toBe(404);
    expect(foreign.json().code).toBe('NOT_FOUND');
    const mine = await download(c1, id);
    expect(mine.statusCode).toBe(200);
    expect(mine.headers['content-type']).toBe('application/pdf');
    // The zone's staff see every enterprise's attachments.
    expect((await download(staff, id)).statusCode).toBe(200);
    const denied = await t.app.ctx.db
      .selectFrom('audit_events')
      .select('result')
      .where('action', '=', 'file.download')
      .where('username', '=', 'ent2')
      .execute();
    expect(denied).toEqual([{ result: 'failure' }]);
  });
});
