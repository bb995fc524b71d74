import { expect, test, type Page } from '@playwright/test';

const DEMO_PASSWORD = 'Kfq#Demo2026';

/** Signs in through the login page and waits for the home page. */
async function signIn(page: Page, username: string): Promise<void> {
  await page.context().clearCookies();
  await page.goto('/login');
  await page.locator('#username').fill(username);
  await page.locator('#password').fill(DEMO_PASSWORD);
  await page.getByRole('button', { name: /登\s*录/ }).click();
  await expect(page).toHaveURL(/\/$/);
}

/** The figure a dashboard card shows, as a number. */
async function figure(page: Page, id: string): Promise<number> {
  const value = page.getByTestId(`investment-value-${id}`);
  await expect(value).toHaveText(/^\d[\d,]*(\.\d+)?$/, { timeout: 15_000 });
  return Number((await value.textContent())!.replace(/,/g, ''));
}

test('the 招商引资 dashboard shows the summaries’ figures and opens the projects behind each', async ({
  page,
}) => {
  await signIn(page, 'investment');
  await page.getByRole('menu').first().getByText('招商引资总览').click();
  await expect(page).toHaveURL(/\/investment$/);
  await expect(page.getByText('新签约亿元以上项目').first()).toBeVisible();

  const signed = await figure(page, 'signedOver100m');
  expect(signed).toBeGreaterThan(0);
  await figure(page, 'receptions');
  await figure(page, 'fundsForeign');
  // 完成率 against 序时进度 of the pipeline's targets.
  await expect(page.getByText('新签约亿元以上项目').nth(1)).toBeVisible();

  await page.getByTestId('investment-figure-signedOver100m').click();
  const drawer = page.getByRole('dialog').filter({ hasText: '新签约亿元以上项目:项目明细' });
  await expect(drawer).toBeVisible();
  await expect(drawer.locator('tbody tr.ant-table-row')).toHaveCount(Math.min(signed, 20), {
    timeout: 15_000,
  });
  await page.screenshot({ path: 'e2e/artifacts/investment-dashboard.png', fullPage: true });
});

test('moving a 在谈 project to 签约 with its agreement adds one to the dashboard’s signed count', async ({
  page,
}) => {
  await signIn(page, 'investment');
  await page.goto('/investment');
  const before = await figure(page, 'signedOver100m');

  // A ¥100M+ project in 在谈, from the list behind the 在谈 figure.
  await page.getByTestId('investment-figure-negotiating').click();
  const drawer = page.getByRole('dialog').filter({ hasText: '在谈项目:项目明细' });
  const rows = drawer.locator('tbody tr.ant-table-row');
  await expect(rows.first()).toBeVisible({ timeout: 15_000 });
  let chosen = -1;
  for (let i = 0; i < (await rows.count()); i++) {
    const planned = Number(((await rows.nth(i).locator('td').nth(4).textContent()) ?? '0').replace(/,/g, ''));
    if (planned >= 10_000) {
      chosen = i;
      break;
    }
  }
  expect(chosen).toBeGreaterThanOrEqual(0);
  const name = (await rows.nth(chosen).getByRole('link').textContent())!;
  await rows.nth(chosen).getByRole('link').click();
  await expect(page).toHaveURL(/\/projects\/[0-9a-f-]{36}$/);
  await expect(page.getByText(name).first()).toBeVisible();

  // 变更阶段 → 签约, with the signed amount and the agreement in the same dialog.
  await page.getByRole('button', { name: '变更阶段' }).click();
  const dialog = page.getByRole('dialog').filter({ hasText: `变更阶段:${name}` });
  await dialog.getByLabel('目标阶段').click();
  await page.locator('.ant-select-dropdown:visible').getByTitle('签约', { exact: true }).click();
  await dialog.getByLabel(/签约金额/).fill('20000');
  await expect(dialog.getByLabel('协议名称')).toHaveValue(/协议/);
  await dialog.getByRole('button', { name: /保\s*存/ }).click();
  await expect(dialog).toBeHidden();

  await page.goto('/investment');
  await expect(page.getByTestId('investment-value-signedOver100m')).toHaveText(String(before + 1), {
    timeout: 15_000,
  });
});

/** The select dropdown opened last (an earlier one may still be fading out). */
function openDropdown(page: Page) {
  return page.locator('.ant-select-dropdown:not(.ant-select-dropdown-hidden)').last();
}

/** 'YYYY-MM-DD' in Shanghai, `days` from today. */
function shanghaiDay(days: number): string {
  return new Date(Date.now() + days * 86_400_000).toLocaleDateString('sv-SE', { timeZone: 'Asia/Shanghai' });
}

test('a scheduling meeting’s decision becomes an issue that is overdue a week after its deadline', async ({
  page,
}) => {
  const decision = `协调施工临时用电接入(E2E ${Date.now()})`;
  await signIn(page, 'planning');
  await page.goto('/scheduling-meetings');
  await page.getByRole('button', { name: '记录调度会' }).click();
  const dialog = page.getByRole('dialog').filter({ hasText: '记录调度会' });
  await dialog.getByLabel('会议名称').fill('重点项目建设调度会(E2E)');
  await dialog.getByRole('button', { name: '添加决定事项' }).click();
  await dialog.getByLabel('决定事项1-项目').click();
  await openDropdown(page).locator('.ant-select-item-option').first().click();
  await dialog.getByLabel('决定事项1-内容').fill(decision);
  await dialog.getByLabel('决定事项1-责任部门').click();
  await openDropdown(page).locator('.ant-select-item-option').first().click();
  await dialog.getByLabel('决定事项1-期限').click();
  await dialog.getByLabel('决定事项1-期限').fill(shanghaiDay(3));
  await dialog.getByLabel('决定事项1-期限').press('Tab');
  await dialog.getByRole('button', { name: /保\s*存/ }).click();
  await expect(dialog).toBeHidden();
  // The meeting's detail lists the issue its decision became.
  await expect(page.getByRole('dialog').getByText(decision)).toBeVisible({ timeout: 15_000 });

  await page.goto('/coordination-issues');
  const row = page.locator('tbody tr.ant-table-row').filter({ hasText: decision });
  await expect(row).toBeVisible({ timeout: 15_000 });
  await expect(row).toContainText(shanghaiDay(3));
  await expect(row).not.toContainText('逾期');

  // Eight days later (the server's clock, moved by the e2e-only route) the deadline has passed.
  const moved = await page.request.post('/api/v1/test/clock', { data: { advanceDays: 8 } });
  expect(moved.status()).toBe(200);
  try {
    await signIn(page, 'planning'); // the session went idle for eight days
    await page.goto('/coordination-issues');
    await expect(row).toBeVisible({ timeout: 15_000 });
    await expect(row).toContainText('逾期');
    await page.screenshot({ path: 'e2e/artifacts/investment-issue-overdue.png', fullPage: true });
  } finally {
    // Later journeys run on the same server: put its clock back.
    await signIn(page, 'planning');
    expect((await page.request.post('/api/v1/test/clock', { data: { advanceDays: -8 } })).status()).toBe(200);
  }
});
