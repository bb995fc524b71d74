import { expect, test, type Page } from '@playwright/test';
import type { ReportForm, ReportLine, StatsSummary, StatsValue } from '@kaifaqu/contracts';
import { formatPercent, formatScaled } from '../apps/web/src/shared/format';
import { scaledToText, textToScaled } from '../apps/web/src/shared/scaled';

const DEMO_PASSWORD = 'Kfq#Demo2026';

/** Signs in through the login page, then opens the home page (not the page the last user left). */
async function signIn(page: Page, username: string): Promise<void> {
  await page.goto('/login');
  await page.locator('#username').fill(username);
  await page.locator('#password').fill(DEMO_PASSWORD);
  await page.getByRole('button', { name: /登\s*录/ }).click();
  await expect(page).not.toHaveURL(/\/login/);
  await page.goto('/');
}

/** Signs out through the user menu of the header. */
async function signOut(page: Page): Promise<void> {
  await page.locator('.kfq-user-button').click();
  await page.getByText('退出登录').click();
  await expect(page).toHaveURL(/\/login/);
}

/** The month before this one in Asia/Shanghai: the period whose reports are open today. */
function lastMonth(): { year: number; month: number; period: string } {
  const [y = 2000, m = 1] = new Intl.DateTimeFormat('en-CA', {
    timeZone: 'Asia/Shanghai',
    year: 'numeric',
    month: '2-digit',
  })
    .format(new Date())
    .split('-')
    .map(Number);
  const index = y * 12 + (m - 1) - 1;
  const year = Math.floor(index / 12);
  const month = (index % 12) + 1;
  return { year, month, period: `${year}-${String(month).padStart(2, '0')}` };
}

/** The smallest step the form shows for a line: 0.01 of its unit, or 1 for whole numbers. */
const stepOf = (line: ReportLine) => 10 ** Math.max(line.scale - 2, 0);
const roundUp = (value: number, line: ReportLine) => Math.ceil(value / stepOf(line)) * stepOf(line);
/** A stored value as the text typed into the form (exact, at most two decimals here). */
const typed = (value: number, line: ReportLine) => scaledToText(value, line.scale);

/**
 * A plausible year-to-date value: last month's plus one average month, else last year's, never 0
 * (a stock line repeats last month's value).
 */
function plausible(line: ReportLine, month: number): number {
  const last = line.lastMonthCumulative;
  let value: number;
  if (line.kind === 'stock') value = last ?? line.previousYearSuggested ?? 100 * 10 ** line.scale;
  else if (last !== null && month > 1) value = roundUp(last + last / (month - 1), line);
  else value = line.previousYearSuggested ?? 100 * 10 ** line.scale;
  return value === 0 ? stepOf(line) : value;
}

/** The total's figure of one indicator in a summary. */
function totalOf(summary: StatsSummary, code: string): StatsValue | undefined {
  return summary.total.values.find((v) => v.indicatorCode === code);
}

/** 工业总产值 as the dashboard's card shows it: 亿元 from 1亿 up, else 万元 (scale 6). */
function outputText(value: number): string {
  return value >= 10_000 * 1_000_000 ? `${formatScaled(value, 10)}亿元` : `${formatScaled(value, 6)}万元`;
}

test('an enterprise fills, fixes and submits its monthly report; the statistics bureau approves it and the dashboard counts it', async ({
  page,
}) => {
  test.setTimeout(180_000);
  const { year, month, period } = lastMonth();
  const summaryUrl = `/api/v1/stats/summary?indicators=grossOutput&from=${year}-01&to=${period}`;

  // 企业月报 → the open report of last month.
  await signIn(page, 'qiye1');
  await page.getByRole('menu').first().getByText('企业月报').click();
  await expect(page).toHaveURL(/\/reports$/);
  // The row whose month is the period (an earlier month's deadline may fall in it too).
  const row = page
    .locator('.ant-table-row')
    .filter({ has: page.getByRole('link', { name: period, exact: true }) });
  await expect(row).toHaveCount(1);
  await expect(row).toContainText('未填报');
  await row.getByRole('link', { name: '填报' }).click();
  await expect(page).toHaveURL(/\/reports\/[0-9a-f-]{36}$/);
  const reportId = page.url().split('/').pop()!;
  const form = (await (await page.request.get(`/api/v1/reports/${reportId}`)).json()) as ReportForm;
  expect(form.period).toBe(period);
  const line = (code: string) => form.lines.find((l) => l.code === code)!;
  const output = line('grossOutput');
  const added = line('valueAdded');
  if (form.lines.some((l) => l.previousYearSuggested !== null)) {
    await expect(page.getByText('已按上年同期审核数预填').first()).toBeVisible();
  }

  // Every line gets a plausible value; 上年同期 keeps its prefill and is typed only where there is none.
  for (const l of form.lines) {
    await page.getByLabel(`${l.name} 本期累计`).fill(typed(plausible(l, month), l));
    const previousInput = page.getByLabel(`${l.name} 上年同期`);
    if ((await previousInput.inputValue()) === '') await previousInput.fill(typed(plausible(l, month), l));
  }

  // A hard check: 工业增加值 above 工业总产值 is shown in red and must be fixed.
  const outputValue = plausible(output, month);
  await page.getByLabel('工业增加值 本期累计').fill(typed(outputValue + stepOf(added), added));
  await page.getByRole('button', { name: /校\s*验/ }).click();
  const hard = page.locator('.kfq-report-finding-hard').filter({ hasText: '工业增加值:不能大于工业总产值' });
  await expect(hard).toBeVisible();
  await expect(hard).toHaveCSS('color', 'rgb(207, 19, 34)');
  await expect(page.getByText('校验未通过,请按各行提示修改')).toBeVisible();
  await page
    .getByLabel('工业增加值 本期累计')
    .fill(typed(Math.min(plausible(added, month), outputValue), added));
  await page.getByRole('button', { name: /校\s*验/ }).click();
  await expect(hard).toHaveCount(0);

  // A soft check: 同比 beyond +50% asks for a 情况说明 on that line.
  const outputPrevious = textToScaled(
    await page.getByLabel('工业总产值 上年同期').inputValue(),
    output.scale,
  )!;
  const grown = Math.max(outputValue, roundUp(Math.ceil(outputPrevious * 1.6), output));
  await page.getByLabel('工业总产值 本期累计').fill(typed(grown, output));
  await page.getByRole('button', { name: /校\s*验/ }).click();
  const soft = page
    .locator('.kfq-report-finding-soft')
    .filter({ hasText: /工业总产值:同比增长[\d.]+%,超过 ±50%/ });
  await expect(soft).toBeVisible();
  await expect(soft).toHaveCSS('color', 'rgb(212, 107, 8)');
  const explanations = page.getByRole('textbox', { name: /情况说明$/ });
  await expect(page.getByRole('textbox', { name: '工业总产值情况说明' })).toBeVisible();
  for (const box of await explanations.all()) {
    await box.fill('本月新增大额订单集中交付,产值同比大幅增长,已与财务报表核对一致。');
  }
  await page.getByRole('button', { name: /提\s*交/ }).click();
  await page
    .getByRole('tooltip')
    .getByRole('button', { name: /提\s*交/ })
    .click();
  await expect(page.getByText('月报已提交,等待经发局审核')).toBeVisible();
  await expect(page.locator('.kfq-report-meta')).toContainText('已提交');
  const submitted = (await (await page.request.get(`/api/v1/reports/${reportId}`)).json()) as ReportForm;
  const sentOutput = submitted.lines.find((l) => l.code === 'grossOutput')!;
  expect(sentOutput.cumulative).toBe(grown);
  await page.screenshot({
    path: 'e2e/artifacts/report-submitted.png',
    fullPage: true,
    animations: 'disabled',
  });
  await signOut(page);

  // 填报任务 → the task of the period → the enterprise's report → 审核通过.
  await signIn(page, 'economic');
  const before = totalOf((await (await page.request.get(summaryUrl)).json()) as StatsSummary, 'grossOutput');
  await page.getByRole('menu').first().getByText('填报任务').click();
  await expect(page).toHaveURL(/\/report-tasks/);
  if (!page.url().includes(`year=${year}`)) await page.goto(`/report-tasks?year=${year}`);
  await page.getByRole('link', { name: `${period} 规上工业月报` }).click();
  await expect(page).toHaveURL(/\/report-tasks\/[0-9a-f-]{36}/);
  await page.getByPlaceholder('企业名称或统一社会信用代码').fill(form.creditCode);
  await page.getByRole('button', { name: /查\s*询/ }).click();
  const reportRow = page.locator('.ant-table-row').filter({ hasText: form.enterpriseName });
  await expect(page.locator('.ant-table-row')).toHaveCount(1);
  await expect(reportRow).toContainText('已提交');
  await reportRow.getByRole('button', { name: /审\s*核/ }).click();
  const drawer = page.getByRole('dialog', { name: `${form.enterpriseName} · ${period} 月报` });
  await expect(drawer.getByText(/同比增长[\d.]+%,超过 ±50%/).first()).toBeVisible();
  await expect(drawer.getByText('本月新增大额订单集中交付').first()).toBeVisible();
  await drawer.getByRole('button', { name: /审核通过/ }).click();
  await page
    .getByRole('tooltip')
    .getByRole('button', { name: /审核通过/ })
    .click();
  await expect(drawer.locator('.ant-tag').filter({ hasText: '已审核' })).toBeVisible();
  await page.screenshot({ path: 'e2e/artifacts/report-approved.png', animations: 'disabled' });

  // The approved report enters the figures: the new total is the old one plus what qiye1 reported.
  const after = totalOf((await (await page.request.get(summaryUrl)).json()) as StatsSummary, 'grossOutput');
  const expectedCurrent = (before?.current ?? 0) + grown;
  const expectedPrevious = (before?.previous ?? 0) + sentOutput.previousYear!;
  expect(after?.current).toBe(expectedCurrent);
  expect(after?.previous).toBe(expectedPrevious);
  const growth = expectedCurrent / expectedPrevious - 1;
  expect(after?.growth).toBeCloseTo(growth, 6);

  // 经济运行分析 of months 1–N shows the new total and its 同比.
  await page.goto(`/economy?year=${year}&from=1&to=${month}`);
  const card = page
    .getByRole('list', { name: '主要指标' })
    .getByRole('listitem')
    .filter({ hasText: '工业总产值' });
  await expect(card).toContainText(outputText(expectedCurrent));
  await expect(card).toContainText(formatPercent(growth));
  await page.screenshot({ path: 'e2e/artifacts/report-economy.png', fullPage: true, animations: 'disabled' });
});
