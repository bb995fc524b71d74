import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ManualClock } from '../../../platform/clock.js';
import { createUser, loginAs } from '../../../test/factories.js';
import { buildTestApp, type TestApp } from '../../../test/test-app.js';
import { registerEnterprise, testCreditCode } from '../../enterprises/enterprises.test-support.js';
import { importMonth, MONTH_HEADERS, monthFile, monthRow, sheetRows } from './report-import.test-support.js';
import { allRollups, rollupsFromReports } from './rollups.repository.js';

let t: TestApp;
let staff: string;
let taskId: string;
/** Three enterprises in the task (A and C in 第1园区, B in 第2园区) and D outside it. */
const code = { A: '', B: '', C: '', D: '' };
const reportOf: Record<string, string> = {};
const enterpriseIds: Record<string, string> = {};

const NOT_IN_TASK = '本任务中没有该统一社会信用代码的企业,或该企业不在您的数据范围内';
const GROSS = '工业总产值本期累计(万元)';

beforeEach(async () => {
  t = await buildTestApp({ clock: new ManualClock('2026-04-05T02:00:00.000Z') });
  await createUser(t.app, { username: 'stats', roleCodes: ['economic'] });
  staff = await loginAs(t.app, 'stats');
  const ids = enterpriseIds;
  for (const [key, name, park] of [
    ['A', '01甲制造有限公司', 0],
    ['B', '02乙制造有限公司', 1],
    ['C', '03丙制造有限公司', 0],
    ['D', '04丁制造有限公司', 0],
  ] as const) {
    code[key] = testCreditCode();
    ids[key] = await registerEnterprise(t.app, staff, {
      creditCode: code[key],
      name,
      subParkId: t.subParkIds[park],
    });
  }
  const task = await call(staff, 'POST', '/report-tasks', {
    period: '2026-03',
    enterpriseCategory: 'aboveScaleIndustry',
    deadline: '2026-04-10',
    enterpriseIds: [ids.A, ids.B, ids.C],
  });
  expect(task.statusCode).toBe(201);
  taskId = task.json().id;
  for (const r of (await call(staff, 'GET', `/reports?taskId=${taskId}`)).json().items)
    reportOf[r.creditCode] = r.id;

  // A has saved a draft with one value on the form.
  await createUser(t.app, {
    username: 'enta',
    roleCodes: ['enterprise'],
    scope: { kind: 'enterprise', enterpriseId: ids.A! },
  });
  const draft = await call(await loginAs(t.app, 'enta'), 'PUT', `/reports/${reportOf[code.A]}`, {
    values: [{ indicatorCode: 'grossOutput', cumulative: 1_234_500_000, previousYear: 1_000_000_000 }],
    explanations: [],
    version: 1,
  });
  expect(draft.statusCode).toBe(200);
});
afterEach(async () => {
  await t.close();
});

const db = () => t.app.ctx.db;
const call = (cookie: string, method: 'GET' | 'POST' | 'PUT', url: string, payload?: object) =>
  t.app.inject({ method, url: `/api/v1${url}`, headers: { cookie }, ...(payload ? { payload } : {}) });
const reports = () =>
  db()
    .selectFrom('enterprise_reports')
    .select(['id', 'status', 'version', 'revision_count', 'explanations'])
    .where('task_id', '=', taskId)
    .orderBy('id')
    .execute();
const values = () =>
  db().selectFrom('report_values').selectAll().orderBy('report_id').orderBy('indicator_id').execute();
const auditCount = async () =>
  Number(
    (
      await db()
        .selectFrom('audit_events')
        .select((eb) => eb.fn.countAll().as('n'))
        .executeTakeFirstOrThrow()
    ).n,
  );
const importAudits = () =>
  db()
    .selectFrom('audit_events')
    .select(['result', 'detail'])
    .where('action', '=', 'report.import')
    .orderBy('seq')
    .execute();
/** Q1 totals of 总产值 and 增加值 as the summary answers them: [current, previous] each. */
const summary = async (cookie = staff) => {
  const response = await call(
    cookie,
    'GET',
    '/stats/summary?indicators=grossOutput,valueAdded&from=2026-01&to=2026-03',
  );
  expect(response.statusCode).toBe(200);
  return (response.json().total.values as { current: number; previous: number }[]).map((v) => [
    v.current,
    v.previous,
  ]);
};
/** A good file: A's 总产值 to the 分, C's grows 122% with an explanation. */
const goodFile = () =>
  monthFile([
    monthRow(code.A, { grossOutput: [1000.123456, 900] }),
    monthRow(code.B, { grossOutput: [2000.5, 1900], valueAdded: ['600', '580'] }),
    monthRow(code.C, { grossOutput: [2000, 900] }, '新产线投产'),
  ]);

describe('GET /api/v1/report-tasks/:id/template.xlsx', () => {
  it("lists the task's reports with the values already entered, in display units, and a 说明 sheet", async () => {
    const response = await call(staff, 'GET', `/report-tasks/${taskId}/template.xlsx`);
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toContain('spreadsheetml');
    const { name, rows } = await sheetRows(response.rawPayload);
    expect(name).toBe('2026-03');
    expect(rows[0]).toEqual(MONTH_HEADERS);
    expect(rows.slice(1).map((r) => r.slice(0, 2))).toEqual([
      [code.A, '01甲制造有限公司'],
      [code.B, '02乙制造有限公司'],
      [code.C, '03丙制造有限公司'],
    ]);
    expect(rows[1]!.slice(2, 5)).toEqual([1234.5, 1000, null]);
    expect(rows[2]!.slice(2).every((v) => v === null)).toBe(true);
    const help = await sheetRows(response.rawPayload, '说明');
    expect(help.rows[0]![0]).toContain('导入说明');
    expect(help.rows.map((r) => r[0])).toEqual(expect.arrayContaining(['工业总产值', '从业人员']));
  });

  it('answers 404 for an unknown task', async () => {
    const response = await call(
      staff,
      'GET',
      '/report-tasks/01900000-0000-7000-8000-000000000000/template.xlsx',
    );
    expect(response.statusCode).toBe(404);
  });
});

describe('POST /api/v1/report-tasks/:id/import', () => {
  it('approves every report with the values to the 分, and the summary and roll-ups follow', async () => {
    const response = await importMonth(t.app, staff, taskId, await goodFile());
    expect(response.statusCode).toBe(200);
    expect(response.json()).toEqual({ created: 2, updated: 1, unchanged: 0, revised: 0 });
    expect((await reports()).map((r) => r.status)).toEqual(['approved', 'approved', 'approved']);
    const gross = await db()
      .selectFrom('report_values')
      .innerJoin('indicators', 'indicators.id', 'report_values.indicator_id')
      .select(['report_values.cumulative', 'report_values.previous_year'])
      .where('report_values.report_id', '=', reportOf[code.A]!)
      .where('indicators.code', '=', 'grossOutput')
      .executeTakeFirstOrThrow();
    expect(gross).toEqual({ cumulative: 1_000_123_456, previous_year: 900_000_000 });
    const explained = (await reports()).find((r) => r.id === reportOf[code.C])!;
    expect(JSON.parse(explained.explanations)).toEqual([
      { indicatorCode: 'grossOutput', text: '新产线投产' },
    ]);

    // Hand-worked: 1000.123456 + 2000.5 + 2000 万元; 900 + 1900 + 900; 300 + 600 + 300; 280 + 580 + 280.
    expect(await summary()).toEqual([
      [5_000_623_456, 3_700_000_000],
      [1_200_000_000, 1_140_000_000],
    ]);
    expect(await allRollups(db())).toEqual(await rollupsFromReports(db()));
    const audits = await importAudits();
    expect(audits.map((a) => [a.result, JSON.parse(a.detail)])).toEqual([
      ['success', { file: '月报导入.xlsx', created: 2, updated: 1, unchanged: 0, revised: 0 }],
    ]);
  });

  it('lists a bad cell, a hard-check failure and an unexplained soft finding by row, and changes nothing', async () => {
    const before = {
      reports: await reports(),
      values: await values(),
      rollups: await allRollups(db()),
      audits: await auditCount(),
    };
    const response = await importMonth(
      t.app,
      staff,
      taskId,
      await monthFile([
        monthRow(code.A, { grossOutput: ['一千', 900] }),
        monthRow(code.B, { valueAdded: [1500, 1400] }),
        monthRow(code.C, { grossOutput: [2000, 900] }),
      ]),
    );
    expect(response.statusCode).toBe(400);
    expect(response.json()).toEqual({
      code: 'IMPORT_INVALID',
      message: '导入文件有 3 处错误,未导入任何数据',
      problems: [
        { row: 2, column: GROSS, message: '应为数字,最多 6 位小数' },
        { row: 3, column: '工业增加值本期累计(万元)', message: '工业增加值:不能大于工业总产值' },
        { row: 4, column: '情况说明', message: '工业总产值:同比增长122.2%,超过 ±50%,请说明原因' },
      ],
    });
    expect(await reports()).toEqual(before.reports);
    expect(await values()).toEqual(before.values);
    expect(await allRollups(db())).toEqual(before.rollups);
    // The refused import leaves exactly one trace: its own failure row (security.md 19).
    expect(await auditCount()).toBe(before.audits + 1);
    expect((await importAudits()).map((a) => a.result)).toEqual(['failure']);
  });

  it('imports the same file twice: the second time everything is unchanged and nothing is written', async () => {
    const file = await goodFile();
    expect((await importMonth(t.app, staff, taskId, file)).statusCode).toBe(200);
    const after = { reports: await reports(), values: await values(), rollups: await allRollups(db()) };
    const again = await importMonth(t.app, staff, taskId, file);
    expect(again.json()).toEqual({ created: 0, updated: 0, unchanged: 3, revised: 0 });
    expect(await reports()).toEqual(after.reports);
    expect(await values()).toEqual(after.values);
    expect(await allRollups(db())).toEqual(after.rollups);
    expect(await db().selectFrom('report_revisions').selectAll().execute()).toEqual([]);
    // The template of the approved month, with its 6-decimal 万元 and 情况说明, imports back unchanged too.
    const template = (await call(staff, 'GET', `/report-tasks/${taskId}/template.xlsx`)).rawPayload;
    const back = await importMonth(t.app, staff, taskId, template);
    expect(back.json()).toEqual({ created: 0, updated: 0, unchanged: 3, revised: 0 });
    expect(await values()).toEqual(after.values);
    expect((await importAudits()).map((a) => a.result)).toEqual(['success', 'success', 'success']);
  });

  it('records a revision of an approved report and moves the summary by exactly the difference', async () => {
    expect((await importMonth(t.app, staff, taskId, await goodFile())).statusCode).toBe(200);
    const [grossBefore, addedBefore] = await summary();
    const response = await importMonth(
      t.app,
      staff,
      taskId,
      await monthFile([
        monthRow(code.A, { grossOutput: ['1,100.623456', 900] }),
        monthRow(code.B, { grossOutput: [2000.5, 1900], valueAdded: [600, 580] }),
        monthRow(code.C, { grossOutput: [2000, 900] }, '新产线投产'),
      ]),
    );
    expect(response.json()).toEqual({ created: 0, updated: 0, unchanged: 2, revised: 1 });
    const revisions = await db()
      .selectFrom('report_revisions')
      .select([
        'report_id',
        'old_cumulative',
        'new_cumulative',
        'old_previous_year',
        'new_previous_year',
        'reason',
      ])
      .execute();
    expect(revisions).toEqual([
      {
        report_id: reportOf[code.A],
        old_cumulative: 1_000_123_456,
        new_cumulative: 1_100_623_456,
        old_previous_year: 900_000_000,
        new_previous_year: 900_000_000,
        reason: '月度导入修订',
      },
    ]);
    const revised = (await reports()).find((r) => r.id === reportOf[code.A])!;
    expect(revised).toMatchObject({ status: 'approved', revision_count: 1 });
    expect(await summary()).toEqual([[grossBefore![0]! + 100_500_000, grossBefore![1]], addedBefore]);
    expect(await allRollups(db())).toEqual(await rollupsFromReports(db()));
  });

  it("checks against the enterprise's earlier months exactly as the form does", async () => {
    const february = await call(staff, 'POST', '/report-tasks', {
      period: '2026-02',
      enterpriseCategory: 'aboveScaleIndustry',
      deadline: '2026-03-10',
      enterpriseIds: [enterpriseIds.A],
    });
    const febFile = await monthFile([monthRow(code.A, { grossOutput: [1500, 1400] })], '2026-02');
    expect((await importMonth(t.app, staff, february.json().id, febFile)).json()).toMatchObject({
      created: 1,
    });

    const response = await importMonth(t.app, staff, taskId, await monthFile([monthRow(code.A)]));
    const [problem] = response.json().problems;
    expect(problem).toEqual({
      row: 2,
      column: GROSS,
      message: '工业总产值:本期累计低于上月累计 1500.00万元',
    });
    // The form's own check of the same figure says the same.
    const form = await call(await loginAs(t.app, 'enta'), 'POST', `/reports/${reportOf[code.A]}/check`, {
      values: [{ indicatorCode: 'grossOutput', cumulative: 1_000_000_000, previousYear: 900_000_000 }],
      explanations: [],
      version: 2,
    });
    expect(form.json()).toContainEqual(
      expect.objectContaining({ rule: 'belowLastMonth', message: problem.message }),
    );
  });

  it('refuses credit codes not in the task, malformed ones, duplicates and a file of another month', async () => {
    const response = await importMonth(
      t.app,
      staff,
      taskId,
      await monthFile([
        monthRow(code.A),
        monthRow(code.D),
        monthRow(testCreditCode()),
        monthRow('91320500ABCDEFGHIJ'),
        monthRow(code.A),
      ]),
    );
    expect(response.json().problems).toEqual([
      { row: 3, column: '统一社会信用代码', message: NOT_IN_TASK },
      { row: 4, column: '统一社会信用代码', message: NOT_IN_TASK },
      { row: 5, column: '统一社会信用代码', message: '统一社会信用代码格式或校验位不正确' },
      { row: 6, column: '统一社会信用代码', message: '与第 2 行重复' },
    ]);
    const february = await importMonth(t.app, staff, taskId, await monthFile([monthRow(code.A)], '2026-02'));
    expect(february.json()).toMatchObject({
      code: 'IMPORT_FILE_INVALID',
      message: expect.stringContaining('2026-02'),
    });
    const missing = await importMonth(
      t.app,
      staff,
      taskId,
      await monthFile([monthRow(code.A)], '月报', MONTH_HEADERS.slice(0, -1)),
    );
    expect(missing.json().problems).toEqual([
      { row: 1, column: '情况说明', message: '缺少该列,请使用导入模板' },
    ]);
    expect((await reports()).map((r) => r.status).sort()).toEqual(['draft', 'notStarted', 'notStarted']);
  });

  it("lets a sub-park reviewer import only its own sub-park's reports, telling nothing about the others", async () => {
    await createUser(t.app, {
      username: 'park1',
      roleCodes: ['economic'],
      scope: { kind: 'subParks', subParkIds: [t.subParkIds[0]] },
    });
    const park1 = await loginAs(t.app, 'park1');
    const template = await sheetRows(
      (await call(park1, 'GET', `/report-tasks/${taskId}/template.xlsx`)).rawPayload,
    );
    expect(template.rows.slice(1).map((r) => r[0])).toEqual([code.A, code.C]);

    const response = await importMonth(
      t.app,
      park1,
      taskId,
      await monthFile([monthRow(code.A), monthRow(code.B), monthRow(code.C)]),
    );
    expect(response.statusCode).toBe(400);
    expect(response.json().problems).toEqual([{ row: 3, column: '统一社会信用代码', message: NOT_IN_TASK }]);
    expect((await reports()).find((r) => r.id === reportOf[code.B])).toMatchObject({
      status: 'notStarted',
      version: 1,
    });

    const own = await importMonth(
      t.app,
      park1,
      taskId,
      await monthFile([monthRow(code.A), monthRow(code.C)]),
    );
    expect(own.json()).toEqual({ created: 1, updated: 1, unchanged: 0, revised: 0 });
    expect(await allRollups(db())).toEqual(await rollupsFromReports(db()));
  });
});

describe('callers without report:review', () => {
  it('get 403 on the template and the import: an enterprise account and a department without review', async () => {
    await createUser(t.app, { username: 'invest', roleCodes: ['investment'] });
    for (const cookie of [await loginAs(t.app, 'enta'), await loginAs(t.app, 'invest')]) {
      expect((await call(cookie, 'GET', `/report-tasks/${taskId}/template.xlsx`)).statusCode).toBe(403);
      expect((await importMonth(t.app, cookie, taskId, await goodFile())).statusCode).toBe(403);
    }
    expect((await reports()).map((r) => r.status).sort()).toEqual(['draft', 'notStarted', 'notStarted']);
  });
});
