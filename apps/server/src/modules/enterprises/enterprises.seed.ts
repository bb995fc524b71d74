import {
  CREDIT_CODE_CHARSET,
  creditCodeCheckChar,
  type EnterpriseStatus,
  type QualificationKind,
} from '@kaifaqu/contracts';
import type { DemoSeedContext } from '../../demo/demo-random.js';
import type { AppContext } from '../../platform/context.js';
import { hashPassword } from '../../platform/auth/password.js';
import { DEMO_PASSWORD } from '../accounts/index.js';
import { organisationRepository } from '../organisation/index.js';
import type { EnterpriseTable } from './enterprises.tables.js';
import { insertLeadingIndustries } from './leading-industries.repository.js';
import {
  GIVEN,
  LEADING,
  OTHER_CLASSES,
  OTHER_WORDS,
  PLACES,
  SURNAMES,
} from './enterprises.seed-vocabulary.js';

/** Demo enterprise accounts (demo data only, README lists them). */
export const demoEnterpriseAccounts = [
  { username: 'qiye1', displayName: '企业用户(一)', enterpriseIndex: 0 },
  { username: 'qiye2', displayName: '企业用户(二)', enterpriseIndex: 1 },
];

function creditCode(random: DemoSeedContext['random']): string {
  const body = Array.from({ length: 9 }, () => random.pick([...CREDIT_CODE_CHARSET])).join('');
  const first17 = `91320585${body}`;
  return first17 + creditCodeCheckChar(first17)!;
}

function date(year: number, random: DemoSeedContext['random']): string {
  return `${year}-${String(random.int(1, 12)).padStart(2, '0')}-${String(random.int(1, 28)).padStart(2, '0')}`;
}

/** The dated lifecycle path of one demo enterprise. */
function lifecycle(random: DemoSeedContext['random']): { status: EnterpriseStatus; on: string }[] {
  const settled = random.int(2014, 2025);
  const path: { status: EnterpriseStatus; on: string }[] = [{ status: 'signed', on: date(settled, random) }];
  const roll = random.next();
  if (roll < 0.1) return path;
  path.push({ status: 'underConstruction', on: date(Math.min(settled + 1, 2025), random) });
  if (roll < 0.25) return path;
  path.push({ status: 'inProduction', on: date(Math.min(settled + 2, 2025), random) });
  if (roll < 0.85) return path;
  const end: EnterpriseStatus = roll < 0.92 ? 'suspended' : roll < 0.97 ? 'movedOut' : 'deregistered';
  path.push({ status: end, on: '2026-03-01' });
  return path.map((p, i, all) => (i > 0 && p.on < all[i - 1]!.on ? { ...p, on: all[i - 1]!.on } : p));
}

/** Seeds about 300 enterprises, their histories and qualifications, and two enterprise accounts. */
export async function seedEnterprisesDemo(ctx: AppContext, demo: DemoSeedContext): Promise<void> {
  const { random } = demo;
  const at = demo.at.toISOString();
  await insertLeadingIndustries(
    ctx.db,
    LEADING.map((l, i) => ({ code: l.code, name: l.name, sort_order: i + 1 })),
  );
  const parks = new Map((await organisationRepository.listSubParks(ctx.db)).map((p) => [p.code, p.id]));
  const liaisons = await ctx.db
    .selectFrom('users')
    .select(['id', 'department_id'])
    .where('username', 'in', ['service', 'investment', 'economic'])
    .execute();
  const ids: string[] = [];
  // Enterprises in production, in creation order: the demo accounts belong to the first of them.
  const producing: string[] = [];
  const names = new Set<string>();
  for (let n = 0; n < 300; n++) {
    const leading = n % 10 < 8 ? LEADING[n % 3]! : null;
    const classCode = leading ? random.pick(leading.classes) : random.pick(OTHER_CLASSES);
    const word = leading ? random.pick(leading.words) : OTHER_WORDS[OTHER_CLASSES.indexOf(classCode)]!;
    let name = '';
    do
      name = `${random.pick(PLACES)}${random.pick(PLACES)}${word}${random.next() < 0.15 ? '股份' : ''}有限公司`;
    while (names.has(name));
    names.add(name);
    const path = lifecycle(random);
    const liaison = random.next() < 0.85 ? random.pick(liaisons) : null;
    const ownershipRoll = random.next();
    const row: EnterpriseTable = {
      id: random.id(demo.at),
      credit_code: creditCode(random),
      name,
      legal_representative: `${random.pick(SURNAMES)}${random.pick(GIVEN)}`,
      registered_capital_fen: random.int(5, 2000) * 1_000_000,
      registered_capital_currency: ownershipRoll > 0.88 ? 'USD' : 'CNY',
      established_on: date(Number(path[0]!.on.slice(0, 4)) - random.int(0, 5), random),
      settled_on: path[0]!.on,
      sub_park_id: parks.get(leading ? leading.park : random.pick(['ZN', 'XC', 'SW'])) ?? null,
      department_id: liaison?.department_id ?? null,
      address: `${random.pick(['兴业大道', '科创路', '经五路', '药谷大道', '滨河路'])}${random.int(1, 399)}号`,
      industry_code: classCode,
      leading_industry_code: leading?.code ?? null,
      ownership: ownershipRoll > 0.95 ? 'hkMacauTaiwan' : ownershipRoll > 0.88 ? 'foreign' : 'domestic',
      land_area_centimu: random.int(1000, 30000),
      employees: random.int(8, 1200),
      contact_name: `${random.pick(SURNAMES)}${random.pick(GIVEN)}`,
      contact_phone: `139${String(random.int(10_000_000, 99_999_999))}`,
      liaison_user_id: liaison?.id ?? null,
      tags: '[]',
      status: path[path.length - 1]!.status,
      status_since: path[path.length - 1]!.on,
      version: 1,
      created_at: at,
      updated_at: at,
    };
    await ctx.db.insertInto('enterprises').values(row).execute();
    for (const step of path) {
      await ctx.db
        .insertInto('enterprise_status_history')
        .values({
          id: random.id(demo.at),
          enterprise_id: row.id,
          status: step.status,
          effective_on: step.on,
          note: '演示数据',
          recorded_by: null,
          recorded_at: at,
        })
        .execute();
    }
    await seedQualifications(
      ctx,
      demo,
      row,
      path.some((p) => p.status === 'inProduction'),
    );
    ids.push(row.id);
    if (row.status === 'inProduction') producing.push(row.id);
  }
  const enterpriseRole = await ctx.db
    .selectFrom('roles')
    .select('id')
    .where('code', '=', 'enterprise')
    .executeTakeFirstOrThrow();
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  const now = ctx.clock.now().toISOString();
  for (const account of demoEnterpriseAccounts) {
    const id = random.id(demo.at);
    await ctx.db
      .insertInto('users')
      .values({
        id,
        username: account.username,
        display_name: account.displayName,
        department_id: null,
        phone: null,
        password_hash: passwordHash,
        password_changed_at: now,
        must_change_password: 0,
        status: 'active',
        scope_kind: 'enterprise',
        scope_sub_park_ids: '[]',
        enterprise_id: producing[account.enterpriseIndex]!,
        totp_secret: null,
        totp_pending_secret: null,
        last_login_at: null,
        version: 1,
        created_at: now,
        updated_at: now,
      })
      .execute();
    await ctx.db.insertInto('user_roles').values({ user_id: id, role_id: enterpriseRole.id }).execute();
  }
}

async function seedQualifications(
  ctx: AppContext,
  demo: DemoSeedContext,
  row: EnterpriseTable,
  produced: boolean,
): Promise<void> {
  const { random } = demo;
  const add = async (
    kind: QualificationKind,
    extra: { year?: number; from?: string; to?: string; board?: string },
  ) => {
    await ctx.db
      .insertInto('enterprise_qualifications')
      .values({
        id: random.id(demo.at),
        enterprise_id: row.id,
        kind,
        year: extra.year ?? null,
        certificate_no: `${kind.slice(0, 2).toUpperCase()}${random.int(100000, 999999)}`,
        valid_from: extra.from ?? null,
        valid_to: extra.to ?? null,
        board: extra.board ?? null,
        status: 'active',
        version: 1,
        created_at: demo.at.toISOString(),
        updated_at: demo.at.toISOString(),
      })
      .execute();
  };
  if (produced && random.next() < 0.45)
    for (const year of [2024, 2025, 2026]) if (random.next() < 0.9) await add('aboveScale', { year });
  if (produced && random.next() < 0.15) {
    const from = random.int(2022, 2025);
    await add('highTech', { from: `${from}-12-01`, to: `${from + 3}-11-30` });
  }
  if (random.next() < 0.1) await add('techSme', { from: '2026-01-01', to: '2026-12-31' });
  if (produced && random.next() < 0.08) await add('specialisedSme', { from: '2024-07-01', to: '2027-06-30' });
  if (produced && random.next() < 0.02) await add('littleGiant', { from: '2023-07-01', to: '2026-06-30' });
  if (produced && random.next() < 0.02)
    await add('listed', {
      from: '2021-06-18',
      to: '2099-12-31',
      board: random.pick(['主板', '创业板', '科创板', '北交所']),
    });
}
