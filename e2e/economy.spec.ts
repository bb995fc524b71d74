import { expect, test, type Page } from '@playwright/test';

const DEMO_PASSWORD = 'Kfq#Demo2026';

/** Signs in through the login page and waits for the home page. */
async function signIn(page: Page, username: string): Promise<void> {
  await page.goto('/login');
  await page.locator('#username').fill(username);
  await page.locator('#password').fill(DEMO_PASSWORD);
  await page.getByRole('button', { name: /登\s*录/ }).click();
  await expect(page).toHaveURL(/\/$/);
}

test('statistics staff read the year-to-date figures and drill from a sub-park to its enterprises', async ({
  page,
}) => {
  await signIn(page, 'economic');
  await page.getByRole('menu').first().getByText('经济运行分析').click();
  await expect(page).toHaveURL(/\/economy/);

  // The headline card: 工业总产值 in 亿元 (or 万元) with two decimals, and its 同比 with one.
  const cards = page.getByRole('list', { name: '主要指标' });
  const output = cards.getByRole('listitem').filter({ hasText: '工业总产值' });
  await expect(output).toContainText(/\d[\d,]*\.\d{2}\s*(亿元|万元)/);
  await expect(output).toContainText(/同比\s*-?\d+\.\d%/);

  // 分园区: each sub-park's figure opens the enterprises behind it.
  const bySubPark = page
    .locator('.kfq-section-card')
    .filter({ has: page.getByText('分园区', { exact: true }) });
  const drill = bySubPark.getByRole('button', { name: /^查看 .+ 的企业明细$/ }).first();
  await expect(drill).toBeVisible();
  const label = (await drill.getAttribute('aria-label')) ?? '';
  const park = label.replace(/^查看 /, '').replace(/ 的企业明细$/, '');
  await drill.click();

  const drawer = page.getByRole('dialog').filter({ hasText: `${park} · 企业明细` });
  await expect(drawer).toBeVisible();
  const rows = drawer.locator('tbody tr.ant-table-row');
  await expect(rows.first()).toBeVisible();
  expect(await rows.count()).toBeGreaterThan(0);
  await expect(rows.first().getByRole('link')).toHaveAttribute('href', /^\/enterprises\/[0-9a-f-]{36}$/);
  await expect(rows.first()).toContainText(/\d[\d,]*\.\d{2}/);
});
