import JSZip from 'jszip';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildHazardWorld, hazardBody, registerAs, type HazardWorld } from './hazards.test-support.js';

let w: HazardWorld;
beforeAll(async () => {
  w = await buildHazardWorld();
});
afterAll(async () => {
  await w.t.close();
});

const noticeCount = async () =>
  Number(
    (
      await w.t.app.ctx.db
        .selectFrom('rectification_notices')
        .select((eb) => eb.fn.countAll().as('n'))
        .executeTakeFirstOrThrow()
    ).n,
  );

/** The text of word/document.xml inside a .docx. */
async function documentXml(content: Buffer): Promise<string> {
  const zip = await JSZip.loadAsync(content);
  return zip.file('word/document.xml')!.async('string');
}

describe('rectification notices (整改通知书)', () => {
  it('numbers notices per year and files a Word document naming every hazard', async () => {
    const first = await registerAs(
      w,
      w.inspector,
      hazardBody(w.enterpriseA, { description: '灭火器压力不足', location: '二号车间' }),
    );
    const second = await registerAs(
      w,
      w.inspector,
      hazardBody(w.enterpriseA, { description: '疏散通道堆放杂物', legalBasis: '《消防法》第二十八条' }),
    );
    const other = await registerAs(
      w,
      w.inspector,
      hazardBody(w.enterpriseB, { description: '配电箱未接地' }),
    );
    const body = {
      enterpriseId: w.enterpriseA,
      hazardIds: [first, second],
      deadline: '2026-03-25',
      issuingBody: '示范开发区安全环保局',
    };

    // Refusals change nothing: another enterprise's hazard, the enterprise itself, the leader, a past deadline.
    const mixed = await w.call(w.inspector, 'POST', '/rectification-notices', {
      ...body,
      hazardIds: [first, other],
    });
    expect(mixed.statusCode).toBe(409);
    expect(mixed.json().code).toBe('NOTICE_HAZARDS_INVALID');
    expect((await w.call(w.qiyeA, 'POST', '/rectification-notices', body)).statusCode).toBe(403);
    expect((await w.call(w.leader, 'POST', '/rectification-notices', body)).statusCode).toBe(403);
    expect(
      (await w.call(w.inspector, 'POST', '/rectification-notices', { ...body, deadline: '2026-03-09' }))
        .statusCode,
    ).toBe(400);
    expect(await noticeCount()).toBe(0);

    const issued = await w.call(w.inspector, 'POST', '/rectification-notices', body);
    expect(issued.statusCode, issued.body).toBe(201);
    expect(issued.json()).toMatchObject({
      number: '安环整改〔2026〕第001号',
      year: 2026,
      enterpriseId: w.enterpriseA,
      enterpriseName: '甲化工有限公司',
      issuedOn: '2026-03-10',
      deadline: '2026-03-25',
      hazardIds: [first, second],
    });
    const again = await w.call(w.inspector, 'POST', '/rectification-notices', {
      ...body,
      hazardIds: [second],
    });
    expect(again.json().number).toBe('安环整改〔2026〕第002号');
    const { id } = issued.json() as { id: string };

    // The enterprise downloads it; the document holds the number, the enterprise and each hazard.
    const download = await w.call(w.qiyeA, 'GET', `/rectification-notices/${id}/document`);
    expect(download.statusCode).toBe(200);
    expect(download.headers['content-type']).toContain('wordprocessingml');
    const xml = await documentXml(download.rawPayload);
    for (const text of [
      '隐患整改通知书',
      '安环整改〔2026〕第001号',
      '甲化工有限公司',
      '灭火器压力不足',
      '疏散通道堆放杂物',
      '《消防法》第二十八条',
      '示范开发区安全环保局',
      '2026年3月25日',
    ])
      expect(xml).toContain(text);
    expect(xml).not.toContain('配电箱未接地');

    // Another enterprise: 404 for the document and its file, and an empty list.
    expect((await w.call(w.qiyeB, 'GET', `/rectification-notices/${id}/document`)).statusCode).toBe(404);
    expect((await w.call(w.qiyeB, 'GET', `/files/${issued.json().fileId}`)).statusCode).toBe(404);
    expect((await w.call(w.qiyeB, 'GET', '/rectification-notices')).json()).toEqual({ items: [], total: 0 });
    expect((await w.call(w.qiyeA, 'GET', '/rectification-notices')).json().total).toBe(2);
    expect(
      (await w.call(w.inspector, 'GET', `/rectification-notices?enterpriseId=${w.enterpriseB}`)).json().total,
    ).toBe(0);
    expect((await w.call(w.qiyeA, 'GET', '/rectification-notices/not-an-id/document')).statusCode).toBe(404);

    // The hazard shows its notices and the timeline notes them.
    const detail = (await w.call(w.qiyeA, 'GET', `/hazards/${second}`)).json();
    expect(detail.notices.map((n: { number: string }) => n.number)).toEqual([
      '安环整改〔2026〕第001号',
      '安环整改〔2026〕第002号',
    ]);
    expect(detail.events.map((e: { action: string }) => e.action)).toEqual([
      'registered',
      'notice',
      'notice',
    ]);

    // A closed hazard cannot be put on a notice.
    await w.call(w.qiyeA, 'POST', `/hazards/${first}/rectifications`, {
      doneOn: '2026-03-10',
      measures: '已更换',
      photoFileIds: [],
    });
    await w.call(w.inspector, 'POST', `/hazards/${first}/reinspection`, {
      outcome: 'close',
      reason: '',
      reinspectedOn: '2026-03-10',
    });
    const closed = await w.call(w.inspector, 'POST', '/rectification-notices', {
      ...body,
      hazardIds: [first],
    });
    expect(closed.json().code).toBe('NOTICE_HAZARDS_INVALID');
    expect(await noticeCount()).toBe(2);
  });
});
