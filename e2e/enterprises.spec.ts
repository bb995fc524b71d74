import { expect, test, type Browser, type Page } from '@playwright/test';
import ExcelJS from 'exceljs';
import { CREDIT_CODE_CHARSET, creditCodeCheckChar } from '@kaifaqu/contracts';

const DEMO_PASSWORD = 'Kfq#Demo2026';
const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** Signs in through the login page and waits for the home page. */
async function signIn(page: Page, username: string): Promise<void> {
  await page.goto('/login');
  await page.locator('#username').fill(username);
  await page.locator('#password').fill(DEMO_PASSWORD);
  await page.getByRole('button', { name: /登\s*录/ }).click();
  await expect(page).toHaveURL(/\/$/);
}

/** A valid 统一社会信用代码 that no seed uses (the seeds start 91320585…). */
function newCreditCode(): string {
  const random = Array.from({ length: 9 }, () => CREDIT_CODE_CHARSET[Math.floor(Math.random() * 31)]).join(
    '',
  );
  const first17 = `91320599${random}`;
  return first17 + creditCodeCheckChar(first17)!;
}

/** The same code with a check character that is wrong. */
function withWrongCheck(code: string): string {
  const wrong = [...CREDIT_CODE_CHARSET].find((c) => c !== code[17])!;
  return code.slice(0, 17) + wrong;
}

interface Row {
  creditCode: string;
  name: string;
}

/** Fills the downloaded template with the rows below its example row and returns the file. */
async function fillTemplate(templatePath: string, rows: Row[]): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(templatePath);
  const sheet = workbook.getWorksheet('企业名录')!;
  rows.forEach((row, i) => {
    // Columns as in the template: code, name, legal rep., capital (万元), currency, established, settled, sub-park,
    // address, industry class, leading industry, ownership, land (亩), employees, contact, phone, status, status date.
    sheet.getRow(3 + i).values = [
      row.creditCode,
      row.name,
      '王测试',
      1234.5678,
      '人民币',
      '2024-05-06',
      '2025-03-01',
      '',
      '科创路88号',
      '3670',
      '',
      '内资',
      12.5,
      66,
      '赵联系',
      '13800001111',
      '签约',
      '2025-03-01',
    ];
  });
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

/** The id of an enterprise user's own enterprise, read in a separate browser context. */
async function ownEnterpriseId(browser: Browser, username: string): Promise<string> {
  const context = await browser.newContext({ baseURL: test.info().project.use.baseURL });
  try {
    const login = await context.request.post('/api/v1/auth/login', {
      data: { username, password: DEMO_PASSWORD },
    });
    expect(login.ok()).toBe(true);
    const me = (await (await context.request.get('/api/v1/auth/me')).json()) as {
      scope: { enterpriseId: string | null };
    };
    expect(me.scope.enterpriseId).toBeTruthy();
    return me.scope.enterpriseId!;
  } finally {
    await context.close();
  }
}

test('registry staff import enterprises from the template, fix a bad row, and open the new 一企一档', async ({
  page,
}) => {
  test.setTimeout(120_000);
  await signIn(page, 'economic');
  await page.getByRole('menu').first().getByText('企业名录').click();
  await expect(page).toHaveURL(/\/enterprises$/);

  const cards = page.getByRole('list', { name: '企业概况' });
  await expect(cards.getByRole('listitem')).toHaveCount(7);
  const settled = cards.getByRole('listitem').filter({ hasText: '入驻企业' });
  await expect(settled).toContainText(/\d+/);
  await expect(cards.getByRole('listitem').filter({ hasText: '高新技术' })).toContainText(/\d+/);
  await expect(page.locator('.ant-table-row').first()).toBeVisible();

  await page.locator('.kfq-page-extra').getByRole('button', { name: '导入' }).click();
  const modal = page.getByRole('dialog', { name: '导入企业' });
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    modal.getByRole('button', { name: '下载导入模板' }).click(),
  ]);
  const template = test.info().outputPath('template.xlsx');
  await download.saveAs(template);

  const suffix = Date.now().toString(36).slice(-5).toUpperCase();
  const good: Row = { creditCode: newCreditCode(), name: `端到端测试精密机械${suffix}有限公司` };
  const badCode = newCreditCode();
  const bad: Row = { creditCode: withWrongCheck(badCode), name: `端到端测试新材料${suffix}有限公司` };
  const upload = modal.locator('input[type=file]');
  await upload.setInputFiles({
    name: 'import.xlsx',
    mimeType: XLSX,
    buffer: await fillTemplate(template, [good, bad]),
  });

  // Row 4 of the sheet (the second data row) carries the wrong check character: nothing is imported.
  await expect(modal.getByText(/有 \d+ 处错误,未导入任何数据/)).toBeVisible();
  const problem = modal.getByRole('row').filter({ hasText: '统一社会信用代码' });
  await expect(problem).toHaveCount(1);
  await expect(problem.getByRole('cell').first()).toHaveText('4');
  await expect(problem).toContainText('校验位');

  await upload.setInputFiles({
    name: 'import-fixed.xlsx',
    mimeType: XLSX,
    buffer: await fillTemplate(template, [good, { ...bad, creditCode: badCode }]),
  });
  await expect(modal.getByText('import-fixed.xlsx 导入成功')).toBeVisible();
  await expect(modal).toContainText('新增 2 家,更新 0 家,未变化 0 家');
  await modal.getByRole('button', { name: /确\s*定/ }).click();
  await expect(modal).toBeHidden();

  await page.getByPlaceholder('企业名称或统一社会信用代码').fill(good.name);
  await page.getByRole('button', { name: /查\s*询/ }).click();
  await expect(page.locator('.ant-table-row')).toHaveCount(1);
  await expect(page.locator('.ant-table-row').first()).toContainText(good.creditCode);
  await page.screenshot({
    path: 'e2e/artifacts/enterprises-list.png',
    fullPage: true,
    animations: 'disabled',
  });

  await page.getByRole('link', { name: good.name }).click();
  await expect(page).toHaveURL(/\/enterprises\/[0-9a-f-]{36}$/);
  await expect(page.getByRole('heading', { name: good.name })).toBeVisible();
  await expect(page.getByText(good.creditCode).first()).toBeVisible();
  await expect(page.getByText('1,234.57 万元')).toBeVisible();
  await page.getByRole('tab', { name: '生命周期' }).click();
  await expect(page.getByRole('tab', { name: '生命周期' })).toHaveAttribute('aria-selected', 'true');
  const timeline = page.locator('.ant-timeline');
  await expect(timeline).toContainText('2025-03-01');
  await expect(timeline).toContainText('签约');
  await expect(timeline).toContainText('批量导入');
  await page.screenshot({
    path: 'e2e/artifacts/enterprise-file.png',
    fullPage: true,
    animations: 'disabled',
  });
});

test("an enterprise user sees only its own enterprise and not another's", async ({ page, browser }) => {
  const otherId = await ownEnterpriseId(browser, 'qiye2');
  await signIn(page, 'qiye1');
  const menu = page.getByRole('menu').first();
  await menu.getByText('企业名录').click();
  await expect(page).toHaveURL(/\/enterprises$/);
  await expect(page.locator('.ant-table-row')).toHaveCount(1);
  await expect(page.getByText('共 1 条')).toBeVisible();

  await menu.getByText('本企业信息').click();
  await expect(page).toHaveURL(/\/enterprises\/[0-9a-f-]{36}$/);
  expect(page.url()).not.toContain(otherId);
  await expect(page.getByRole('button', { name: '编辑联系方式' })).toBeVisible();
  await expect(page.getByRole('button', { name: '状态变更' })).toHaveCount(0);

  await page.goto(`/enterprises/${otherId}`);
  await expect(page.locator('.ant-result-404')).toBeVisible();
  await expect(page.getByText('企业不存在', { exact: true })).toBeVisible();
});
