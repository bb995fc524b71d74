import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createUser, loginAs } from '../../test/factories.js';
import { buildTestApp, type TestApp } from '../../test/test-app.js';
import { newId } from '../ids.js';
import { downloadAs, png, uploadAs, type Part } from './files.test-support.js';

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

describe('POST /files', () => {
  it('stores a PNG that downloads back byte-identical, both audited', async () => {
    const content = png();
    const res = await upload(staff, [{ name: 'file', filename: '整改通知 (1).png', content }]);
    expect(res.statusCode).toBe(201);
    const meta = res.json();
    expect(meta).toMatchObject({
      originalName: '整改通知 (1).png',
      contentType: 'image/png',
      sizeBytes: content.length,
    });

    const back = await download(staff, meta.id);
    expect(back.statusCode).toBe(200);
    expect(back.rawPayload.equals(content)).toBe(true);
    expect(back.headers['content-type']).toBe('image/png');
    expect(back.headers['x-content-type-options']).toBe('nosniff');
    expect(back.headers['content-disposition']).toBe(
      `attachment; filename="____ (1).png"; filename*=UTF-8''${encodeURIComponent('整改通知 ')}%281%29.png`,
    );
    const audit = await t.app.ctx.db
      .selectFrom('audit_events')
      .select(['action', 'result'])
      .where('object_id', '=', meta.id)
      .orderBy('seq')
      .execute();
    expect(audit).toEqual([
      { action: 'file.upload', result: 'success' },
      { action: 'file.download', result: 'success' },
    ]);
  });

  it('refuses PDF bytes named .png with 400 FILE_TYPE_NOT_ALLOWED', async () => {
    const res = await upload(staff, [
      { name: 'file', filename: 'photo.png', content: Buffer.from('%PDF-1.7\n%fake\n') },
    ]);
    expect(res.statusCode).toBe(400);
    expect(res.json().code).toBe('FILE_TYPE_NOT_ALLOWED');
    expect(res.json().message).toMatch(/仅支持/);
    expect(await t.app.ctx.db.selectFrom('files').selectAll().execute()).toEqual([]);
  });

  it('refuses a 21 MB file with 413 FILE_TOO_LARGE', async () => {
    const res = await upload(staff, [{ name: 'file', filename: 'big.png', content: png(21 * 1024 * 1024) }]);
    expect(res.statusCode).toBe(413);
    expect(res.json()).toMatchObject({ code: 'FILE_TOO_LARGE', message: '文件大小不能超过 20 MB' });
  });

  it('refuses unknown form fields and malformed ids with 400', async () => {
    const extra = await upload(staff, [
      { name: 'createdBy', value: newId() },
      { name: 'file', filename: 'a.png', content: png(10) },
    ]);
    expect(extra.statusCode).toBe(400);
    const badId = await upload(staff, [
      { name: 'file', filename: 'a.png', content: png(10) },
      { name: 'enterpriseId', value: '../x' },
    ]);
    expect(badId.statusCode).toBe(400);
    expect(badId.json().details).toEqual([{ path: '/enterpriseId', message: '须为有效的 ID' }]);
  });

  it("stamps an enterprise user's file with their own enterprise, whatever the form says", async () => {
    const own = newId();
    await createUser(t.app, {
      username: 'ent',
      roleCodes: ['enterprise'],
      scope: { kind: 'enterprise', enterpriseId: own },
    });
    const res = await upload(await loginAs(t.app, 'ent'), [
      { name: 'enterpriseId', value: newId() },
      { name: 'file', filename: 'a.png', content: png(10) },
    ]);
    expect(res.statusCode).toBe(201);
    expect(res.json().enterpriseId).toBe(own);
  });

  it('lets a sub-park user stamp only a sub-park in their list', async () => {
    const [mine, other] = t.subParkIds;
    await createUser(t.app, {
      username: 'park',
      roleCodes: ['safety'],
      scope: { kind: 'subParks', subParkIds: [mine] },
    });
    const cookie = await loginAs(t.app, 'park');
    const refused = await upload(cookie, [
      { name: 'subParkId', value: other },
      { name: 'file', filename: 'a.png', content: png(10) },
    ]);
    expect(refused.statusCode).toBe(404);
    const defaulted = await upload(cookie, [{ name: 'file', filename: 'a.png', content: png(10) }]);
    expect(defaulted.statusCode).toBe(201);
    expect(defaulted.json().subParkId).toBe(mine);
    expect((await download(cookie, defaulted.json().id)).statusCode).toBe(200);
  });
});
