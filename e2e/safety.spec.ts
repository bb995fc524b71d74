import { deflateSync } from 'node:zlib';
import { expect, test, type Browser, type Page } from '@playwright/test';

const DEMO_PASSWORD = 'Kfq#Demo2026';

/** Signs in through the login page, in a browser context of its own, and waits for the home page. */
async function signedIn(browser: Browser, username: string): Promise<Page> {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto('/login');
  await page.locator('#username').fill(username);
  await page.locator('#password').fill(DEMO_PASSWORD);
  await page.getByRole('button', { name: /登\s*录/ }).click();
  await expect(page).toHaveURL(/\/$/);
  return page;
}

/** A small valid PNG (8×8, solid orange), so the upload is a real image. */
function pngFixture(): Buffer {
  const crcTable = Array.from({ length: 256 }, (_, n) => {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    return c >>> 0;
  });
  const crc = (bytes: Buffer) => {
    let c = 0xffffffff;
    for (const b of bytes) c = crcTable[(c ^ b) & 0xff]! ^ (c >>> 8);
    return (c ^ 0xffffffff) >>> 0;
  };
  const chunk = (type: string, data: Buffer) => {
    const length = Buffer.alloc(4);
    length.writeUInt32BE(data.length);
    const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
    const sum = Buffer.alloc(4);
    sum.writeUInt32BE(crc(body));
    return Buffer.concat([length, body, sum]);
  };
  const header = Buffer.alloc(13);
  header.writeUInt32BE(8, 0);
  header.writeUInt32BE(8, 4);
  header.set([8, 2, 0, 0, 0], 8); // 8-bit RGB
  const rows = Buffer.concat(
    Array.from({ length: 8 }, () => Buffer.from([0, ...Array(8).fill([245, 166, 35]).flat()])),
  );
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(rows)),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

/** 发现隐患 and 已整改 of the current quarter, from the 合计 row of the 安全环保 dashboard's table. */
async function quarterFigures(page: Page): Promise<{ found: number; rectified: number }> {
  await page.goto('/safety');
  await expect(page.getByText('本季度')).toBeVisible();
  const total = page.locator('tr.ant-table-row', { hasText: '合计' });
  await expect(total).toBeVisible();
  const cell = async (n: number) => Number(await total.locator('td').nth(n).textContent());
  const figures = { found: await cell(3), rectified: await cell(4) };
  // The headline cards show the same figures.
  const cards = page.getByRole('list', { name: '主要指标' });
  await expect(cards.locator('[data-figure="found"] .ant-statistic-content-value')).toHaveText(
    String(figures.found),
  );
  await expect(cards.locator('[data-figure="rectified"] .ant-statistic-content-value')).toHaveText(
    String(figures.rectified),
  );
  return figures;
}

test('an inspector records a failure with a photo, the enterprise rectifies, the inspector closes it, the figures count it', async ({
  browser,
}) => {
  test.setTimeout(180_000);
  const enterprise = await signedIn(browser, 'qiye1');
  const me = (await (await enterprise.request.get('/api/v1/auth/me')).json()) as {
    scope: { enterpriseId: string };
  };
  const own = (await (
    await enterprise.request.get(`/api/v1/enterprises/${me.scope.enterpriseId}`)
  ).json()) as {
    name: string;
  };

  const safety = await signedIn(browser, 'safety');
  const before = await quarterFigures(safety);

  // 新建检查 for qiye1's enterprise with the 消防 checklist.
  await safety.goto('/inspections');
  await safety.getByRole('button', { name: '新建检查' }).click();
  const dialog = safety.getByRole('dialog');
  await dialog.getByLabel('企业').fill(own.name.slice(0, 4));
  await safety.locator('.ant-select-item-option', { hasText: own.name }).click();
  await expect(dialog).toContainText(own.name);
  await dialog.getByLabel('检查表').click();
  await safety.locator('.ant-select-item-option', { hasText: '消防安全检查表' }).click();
  await dialog.getByLabel('检查人员').fill('张建国、李明');
  await dialog.getByRole('button', { name: '开始检查' }).click();
  // The page opens once the lists behind it have refreshed, which can take a while on a busy server.
  await expect(safety).toHaveURL(/\/inspections\/[0-9a-f-]{36}$/, { timeout: 20_000 });

  // Item 1 不合格 with a photo and a deadline; the rest 合格.
  const first = safety.getByRole('group', { name: /^1\. / });
  await first.locator('label.ant-radio-button-wrapper', { hasText: '不合格' }).click();
  await expect(safety.getByText('第1项已保存').first()).toBeVisible();
  await first
    .locator('input[type=file]')
    .setInputFiles({ name: 'scene.png', mimeType: 'image/png', buffer: pngFixture() });
  await expect(
    first
      .locator('.ant-upload-list-item-done, .ant-upload-list-item:not(.ant-upload-list-item-uploading)')
      .first(),
  ).toBeVisible();
  await first.getByLabel('整改期限').click();
  await safety.locator('.ant-picker-dropdown:visible').getByText('今天').click();
  await first.getByLabel('隐患描述').fill('疏散通道堆放纸箱,安全出口被堵塞');
  await first.getByRole('button', { name: '保存第1项' }).click();
  await expect(safety.getByText('第1项已保存').first()).toBeVisible();
  const items = safety.getByRole('group', { name: /^\d+\. / });
  const count = await items.count();
  for (let i = 2; i <= count; i++) {
    await safety
      .getByRole('group', { name: new RegExp(`^${i}\\. `) })
      .locator('label.ant-radio-button-wrapper', { hasText: /^合格$/ })
      .click();
    await expect(safety.getByText(`第${i}项已保存`).first()).toBeVisible();
  }
  await safety.getByRole('button', { name: '完成检查' }).click();
  await safety.getByRole('button', { name: '确定' }).click();
  await expect(safety.getByText(/检查已完成,登记隐患 1 条/)).toBeVisible();

  const hazardLink = safety.getByRole('link', { name: /^YH\d{4}-\d{4}$/ });
  await expect(hazardLink).toHaveCount(1);
  const code = (await hazardLink.textContent())!;

  // The enterprise opens 隐患整改 and reports its rectification with the measures taken.
  await enterprise.goto('/my-hazards');
  await enterprise.getByRole('link', { name: code, exact: true }).click();
  await expect(enterprise).toHaveURL(/\/hazards\/[0-9a-f-]{36}$/);
  await enterprise.getByRole('button', { name: '提交整改' }).click();
  const rectify = enterprise.getByRole('dialog');
  await rectify.getByLabel('整改措施').fill('已清理疏散通道堆放物,安全出口恢复畅通,并落实每日巡查');
  await rectify.getByRole('button', { name: '确认提交' }).click();
  await expect(rectify).toBeHidden();
  await expect(enterprise.getByText('整改措施')).toBeVisible();

  // The inspector re-inspects and closes it (销号).
  await safety.getByRole('link', { name: code, exact: true }).click();
  await expect(safety).toHaveURL(/\/hazards\/[0-9a-f-]{36}$/);
  // The photo taken on site came with the hazard.
  await expect(safety.getByRole('img', { name: '隐患照片 1' })).toBeVisible();
  await safety.getByRole('button', { name: '复查销号' }).click();
  const close = safety.getByRole('dialog');
  await close.getByRole('button', { name: '确认销号' }).click();
  await expect(close).toBeHidden();
  await expect(safety.getByRole('button', { name: '复查销号' })).toBeHidden();

  // This quarter's table counts it as found and rectified.
  const after = await quarterFigures(safety);
  expect(after).toEqual({ found: before.found + 1, rectified: before.rectified + 1 });
});
