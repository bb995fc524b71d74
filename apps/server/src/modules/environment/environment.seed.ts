import type { DemoSeedContext } from '../../demo/demo-random.js';
import type { AppContext } from '../../platform/context.js';
import { validityEnd } from './environment-values.js';
import { addDays, shanghaiToday } from '../../platform/dates.js';
import type { DischargePermitTable } from './environment.tables.js';
import { seedMonitoringDemo } from './monitoring/monitoring.seed.js';

/**
 * Demo environment data, dated from the clock: permits for 40 enterprises in production (three
 * ending within 90 days, one expired), then the monitoring stations, 30 days of hourly readings
 * and a few open and acknowledged alarms.
 */
export async function seedEnvironmentDemo(ctx: AppContext, demo: DemoSeedContext): Promise<void> {
  const { random } = demo;
  const at = ctx.clock.now().toISOString();
  const today = shanghaiToday(ctx);
  const safety = await ctx.db
    .selectFrom('users')
    .select(['id', 'department_id'])
    .where('username', '=', 'safety')
    .executeTakeFirst();
  const accounts = await ctx.db
    .selectFrom('users')
    .select('enterprise_id')
    .where('username', 'in', ['qiye1', 'qiye2'])
    .orderBy('username')
    .execute();
  const own = accounts.map((a) => a.enterprise_id).filter((id): id is string => !!id);
  const others = await ctx.db
    .selectFrom('enterprises')
    .select(['id', 'credit_code', 'sub_park_id'])
    .where('status', '=', 'inProduction')
    .orderBy('created_at')
    .orderBy('id')
    .limit(60)
    .execute();
  const enterprises = [
    ...others.filter((e) => own.includes(e.id)),
    ...others.filter((e) => !own.includes(e.id)),
  ].slice(0, 40);

  // Days left for the first few permits: two within 90 days, one within 30, one expired.
  const soon = [75, 40, 18, -12];
  const permits: DischargePermitTable[] = enterprises.map((enterprise, i) => {
    const managementClass = i % 5 === 0 ? 'key' : i % 5 === 4 ? 'registration' : 'simplified';
    const validTo = addDays(today, soon[i] ?? random.int(120, 1700));
    const validFrom = addDays(validityEnd(addDays(validTo, 1), -5), 1);
    return {
      id: random.id(demo.at),
      enterprise_id: enterprise.id,
      sub_park_id: enterprise.sub_park_id,
      department_id: safety?.department_id ?? null,
      permit_no: `${enterprise.credit_code}001${managementClass === 'registration' ? 'W' : managementClass === 'key' ? 'P' : 'V'}`,
      management_class: managementClass,
      issued_on: addDays(validFrom, -random.int(5, 30)),
      valid_from: validFrom,
      valid_to: validTo,
      pollutants:
        managementClass === 'registration'
          ? '生活污水(间接排放)'
          : random.pick([
              'COD、氨氮、总磷;颗粒物',
              'COD、氨氮;VOCs、非甲烷总烃',
              'COD、总氮、pH;SO₂、NOx、颗粒物',
            ]),
      file_ids: '[]',
      note: null,
      status: 'active',
      created_by: safety?.id ?? null,
      version: 1,
      created_at: at,
      updated_at: at,
    };
  });
  if (permits.length > 0) await ctx.db.insertInto('discharge_permits').values(permits).execute();

  const outletOwners = enterprises.slice(0, 3);
  await seedMonitoringDemo(ctx, demo, {
    outletOwners,
    createdBy: safety?.id ?? null,
    departmentId: safety?.department_id ?? null,
    subParkIds: (await ctx.db.selectFrom('sub_parks').select('id').orderBy('code').execute()).map(
      (p) => p.id,
    ),
  });
}
