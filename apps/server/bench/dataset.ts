import { sql, type Kysely, type Transaction } from 'kysely';
import { creditCodeCheckChar } from '@kaifaqu/contracts';
import { DemoRandom } from '../src/demo/demo-random.js';
import { ensureAccountDefaults } from '../src/modules/accounts/index.js';
import { industryPath } from '../src/modules/enterprises/industries.js';
import type { EnterpriseTable } from '../src/modules/enterprises/enterprises.tables.js';
import type {
  EnterpriseReportTable,
  ReportValueTable,
} from '../src/modules/indicators/reporting/reporting.tables.js';
import { rollupsFromReports } from '../src/modules/indicators/reporting/rollups.repository.js';
import { hashPassword } from '../src/platform/auth/password.js';
import type { Database } from '../src/platform/db/database.js';
import {
  BENCH_CODES,
  ENTERPRISES,
  FIRST_PERIOD,
  MONTHS,
  OPEN_PERIOD,
  figureModel,
  indexOf,
  periodAt,
  type FigureModel,
} from './model.js';

/** The account the bench signs in with (role economic: stats:read, report:review). */
export const BENCH_USER = { username: 'bench', password: 'Kfq-Bench#2026-speed' };

/** 20 manufacturing 小类 over 13 大类 (26–40), checked against the GB/T 4754 table at start. */
const INDUSTRIES = [
  '2611', '2651', '2710', '2720', '2821', '2913', '3021', '3130', '3311', '3321',
  '3412', '3511', '3612', '3620', '3670', '3811', '3812', '3911', '3912', '4011',
]; // prettier-ignore

/** What the measurements need to know of the data set. */
export interface BenchDataset {
  indicatorIds: Record<string, string>;
  scales: Record<string, number>;
  /** Form indicators of 规上工业 in catalogue order: code, name, unit, scale. */
  form: { code: string; name: string; unit: string; scale: number }[];
  enterprises: { creditCode: string; name: string }[];
  openTaskId: string;
  model: FigureModel;
  counts: { enterprises: number; reports: number; values: number; rollups: number };
  seconds: { seed: number; reports: number; rollups: number };
}

function chunks<T>(rows: T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < rows.length; i += size) out.push(rows.slice(i, i + size));
  return out;
}

const nextMonth = (period: string) => periodAt(indexOf(period) + 1);

/**
 * Fills an empty, migrated database: zone, 3 sub-parks, a department, the bench account, 5,000
 * 规上 enterprises, 60 months of approved reports with 8 indicators each, their roll-ups, and an
 * open task for the month after with every report notStarted. Inserts go straight to the tables
 * in multi-row statements sized under the database's bound-parameter limit.
 */
export async function buildDataset(
  db: Kysely<Database>,
  kind: 'sqlite' | 'postgres',
  log: (line: string) => void,
): Promise<BenchDataset> {
  const maxParams = kind === 'sqlite' ? 32_766 : 65_535;
  // The generated rows reference each other correctly; per-row foreign-key checks would only slow
  // the load (SQLite: off for the connection; PostgreSQL: triggers skipped per transaction).
  if (kind === 'sqlite') await sql`pragma foreign_keys = off`.execute(db);
  const bulk = async (trx: Transaction<Database>) => {
    if (kind === 'postgres') await sql`set local session_replication_role = replica`.execute(trx);
  };
  const t0 = performance.now();
  const random = new DemoRandom(20261122);
  const at = new Date('2021-01-01T00:00:00.000Z');
  const stamp = at.toISOString();
  for (const code of INDUSTRIES) if (!industryPath(code)) throw new Error(`not a GB/T 4754 小类: ${code}`);

  await ensureAccountDefaults(db, new Date());
  const indicators = await db.selectFrom('indicators').selectAll().orderBy('sort_order').execute();
  const indicatorIds = Object.fromEntries(indicators.map((i) => [i.code, i.id]));
  const scales = Object.fromEntries(indicators.map((i) => [i.code, i.scale]));
  const form = indicators
    .filter(
      (i) =>
        i.status === 'active' &&
        i.reporter === 'enterprise' &&
        i.enterprise_category === 'aboveScaleIndustry',
    )
    .map((i) => ({ code: i.code, name: i.name, unit: i.unit, scale: i.scale }));
  const model = figureModel(7, scales);

  const subParkIds = ['东区', '西区', '高新园'].map(() => random.id(at));
  const departmentId = random.id(at);
  const userId = random.id(at);
  const enterprises: EnterpriseTable[] = [];
  await db.transaction().execute(async (trx) => {
    await bulk(trx);
    await trx.insertInto('zone').values({ id: random.id(at), name: '基准开发区', division_code: '320500', version: 1, created_at: stamp, updated_at: stamp }).execute(); // prettier-ignore
    await trx
      .insertInto('sub_parks')
      .values(
        ['东区', '西区', '高新园'].map((name, i) => ({
          id: subParkIds[i]!,
          code: `P${i + 1}`,
          name,
          boundary: '',
          area_centimu: 1_000_000,
          status: 'active' as const,
          version: 1,
          created_at: stamp,
          updated_at: stamp,
        })),
      )
      .execute();
    await trx.insertInto('departments').values({ id: departmentId, code: 'JFJ', name: '经济发展局', duties: '', status: 'active', version: 1, created_at: stamp, updated_at: stamp }).execute(); // prettier-ignore
    const now = new Date().toISOString();
    await trx
      .insertInto('users')
      .values({
        id: userId,
        username: BENCH_USER.username,
        display_name: '基准测试',
        department_id: departmentId,
        phone: null,
        password_hash: await hashPassword(BENCH_USER.password),
        password_changed_at: now,
        must_change_password: 0,
        status: 'active',
        scope_kind: 'zone',
        scope_sub_park_ids: '[]',
        enterprise_id: null,
        totp_secret: null,
        totp_pending_secret: null,
        last_login_at: null,
        version: 1,
        created_at: now,
        updated_at: now,
      })
      .execute();
    const role = await trx
      .selectFrom('roles')
      .select('id')
      .where('code', '=', 'economic')
      .executeTakeFirstOrThrow();
    await trx.insertInto('user_roles').values({ user_id: userId, role_id: role.id }).execute();

    for (let n = 0; n < ENTERPRISES; n++) {
      const first17 = `91320500MA${String(n + 1).padStart(7, '0')}`;
      const roll = random.next();
      enterprises.push({
        id: random.id(at),
        credit_code: first17 + creditCodeCheckChar(first17)!,
        name: `基准${String(n + 1).padStart(4, '0')}制造有限公司`,
        legal_representative: '张三',
        registered_capital_fen: random.int(1_000, 50_000) * 1_000_000,
        registered_capital_currency: 'CNY',
        established_on: '2015-03-01',
        settled_on: '2016-05-10',
        // 3% outside any sub-park: the summary's 未分园区 group.
        sub_park_id: roll < 0.03 ? null : subParkIds[roll < 0.5 ? 0 : roll < 0.8 ? 1 : 2]!,
        department_id: departmentId,
        address: `兴业大道${n + 1}号`,
        industry_code: INDUSTRIES[random.int(0, INDUSTRIES.length - 1)]!,
        leading_industry_code: null,
        ownership: random.next() < 0.8 ? 'domestic' : 'foreign',
        land_area_centimu: random.int(1_000, 20_000),
        employees: random.int(50, 2_000),
        contact_name: '李四',
        contact_phone: null,
        liaison_user_id: null,
        tags: '[]',
        status: 'inProduction',
        status_since: '2017-01-01',
        version: 1,
        created_at: stamp,
        updated_at: stamp,
      });
    }
    for (const part of chunks(enterprises, Math.floor(maxParams / 28)))
      await trx.insertInto('enterprises').values(part).execute();
    const qualifications = enterprises.flatMap((e) =>
      [2021, 2022, 2023, 2024, 2025, 2026].map((year) => ({
        id: random.id(at),
        enterprise_id: e.id,
        kind: 'aboveScale' as const,
        year,
        certificate_no: `GS${year}${e.credit_code.slice(10, 17)}`,
        valid_from: null,
        valid_to: null,
        board: null,
        status: 'active' as const,
        version: 1,
        created_at: stamp,
        updated_at: stamp,
      })),
    );
    for (const part of chunks(qualifications, Math.floor(maxParams / 12)))
      await trx.insertInto('enterprise_qualifications').values(part).execute();
  });
  const t1 = performance.now();
  log(`  seeded zone, ${ENTERPRISES} enterprises in ${((t1 - t0) / 1000).toFixed(1)} s`);

  const first = indexOf(FIRST_PERIOD);
  let openTaskId = '';
  let reports = 0;
  let values = 0;
  for (let yearStart = 0; yearStart <= MONTHS; yearStart += 12) {
    await db.transaction().execute(async (trx) => {
      await bulk(trx);
      for (let k = first + yearStart; k < first + Math.min(yearStart + 12, MONTHS + 1); k++) {
        const period = periodAt(k);
        const open = period === OPEN_PERIOD;
        const done = `${nextMonth(period)}-08T02:00:00.000Z`;
        const created = `${nextMonth(period)}-01T00:00:00.000Z`;
        const taskId = random.id(new Date(created));
        if (open) openTaskId = taskId;
        await trx
          .insertInto('report_tasks')
          .values({
            id: taskId,
            period,
            enterprise_category: 'aboveScaleIndustry',
            title: `${period} 规上工业月报`,
            deadline: `${nextMonth(period)}-10`,
            status: open ? 'open' : 'closed',
            created_by: userId,
            version: 1,
            created_at: created,
            updated_at: created,
          })
          .execute();
        const rows: EnterpriseReportTable[] = [];
        const valueRows: ReportValueTable[] = [];
        enterprises.forEach((e, n) => {
          const id = random.id(new Date(created));
          rows.push({
            id,
            task_id: taskId,
            period,
            enterprise_category: 'aboveScaleIndustry',
            enterprise_id: e.id,
            sub_park_id: e.sub_park_id,
            industry_division: e.industry_code.slice(0, 2),
            status: open ? 'notStarted' : 'approved',
            explanations: '[]',
            return_comment: '',
            submitted_at: open ? null : done,
            submitted_by: null,
            reviewed_at: open ? null : done,
            reviewed_by: open ? null : userId,
            revision_count: 0,
            version: open ? 1 : 3,
            created_at: created,
            updated_at: open ? created : done,
          });
          if (open) return;
          for (const code of BENCH_CODES)
            valueRows.push({
              report_id: id,
              indicator_id: indicatorIds[code]!,
              cumulative: model.cumulative(n, code, k),
              previous_year: model.cumulative(n, code, k - 12),
            });
        });
        for (const part of chunks(rows, Math.floor(maxParams / 18)))
          await trx.insertInto('enterprise_reports').values(part).execute();
        for (const part of chunks(valueRows, Math.floor(maxParams / 4)))
          await trx.insertInto('report_values').values(part).execute();
        if (!open) reports += rows.length;
        values += valueRows.length;
      }
    });
    log(`  reports to ${periodAt(first + Math.min(yearStart + 11, MONTHS))}: ${reports} approved, ${values} values, ${((performance.now() - t1) / 1000).toFixed(1)} s`); // prettier-ignore
  }
  const t2 = performance.now();

  // The roll-ups as approvals maintain them: the sums of the approved reports' values per group.
  const rollups = await rollupsFromReports(db);
  if (kind === 'sqlite') await sql`pragma foreign_keys = on`.execute(db);
  await db.transaction().execute(async (trx) => {
    for (const part of chunks(rollups, Math.floor(maxParams / 8)))
      await trx.insertInto('indicator_rollups').values(part).execute();
  });
  const t3 = performance.now();
  log(`  ${rollups.length} roll-up rows in ${((t3 - t2) / 1000).toFixed(1)} s`);

  return {
    indicatorIds,
    scales,
    form,
    enterprises: enterprises.map((e) => ({ creditCode: e.credit_code, name: e.name })),
    openTaskId,
    model,
    counts: { enterprises: ENTERPRISES, reports, values, rollups: rollups.length },
    seconds: { seed: (t1 - t0) / 1000, reports: (t2 - t1) / 1000, rollups: (t3 - t2) / 1000 },
  };
}
