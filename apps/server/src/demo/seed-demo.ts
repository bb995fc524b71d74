import type { AppContext } from '../platform/context.js';
import { ensureAccountDefaults, seedAccountsDemo } from '../modules/accounts/index.js';
import { seedEnterprisesDemo } from '../modules/enterprises/index.js';
import { seedReportingDemo } from '../modules/indicators/index.js';
import { seedTargetsDemo } from '../modules/targets/index.js';
import { seedProjectsDemo } from '../modules/projects/index.js';
import { seedSafetyDemo } from '../modules/safety/index.js';
import { seedEnvironmentDemo } from '../modules/environment/index.js';
import { organisationRepository, seedOrganisationDemo } from '../modules/organisation/index.js';
import { DemoRandom, type DemoSeedContext } from './demo-random.js';

/** Each module's demo seeding function, in dependency order. Modules add theirs here. */
const demoSeeds: { module: string; seed(ctx: AppContext, demo: DemoSeedContext): Promise<void> }[] = [
  { module: 'organisation', seed: seedOrganisationDemo },
  { module: 'accounts', seed: seedAccountsDemo },
  { module: 'enterprises', seed: seedEnterprisesDemo },
  { module: 'indicators', seed: seedReportingDemo },
  { module: 'targets', seed: seedTargetsDemo },
  { module: 'projects', seed: seedProjectsDemo },
  { module: 'environment', seed: seedEnvironmentDemo },
  { module: 'safety', seed: seedSafetyDemo },
];

/**
 * Loads the demo zone into an empty database; a database that already has a zone is left as it
 * is, so running the demo again reuses its data. Returns true when it seeded.
 */
export async function seedDemo(ctx: AppContext): Promise<boolean> {
  await ensureAccountDefaults(ctx.db, ctx.clock.now());
  if (await organisationRepository.findZone(ctx.db)) return false;
  const demo: DemoSeedContext = {
    random: new DemoRandom(20261122),
    at: new Date('2026-01-01T00:00:00.000Z'),
  };
  // One transaction: all of the demo or none of it, and one fsync instead of thousands.
  await ctx.db.transaction().execute(async (trx) => {
    const inTransaction: AppContext = { ...ctx, db: trx };
    for (const { seed } of demoSeeds) await seed(inTransaction, demo);
  });
  return true;
}
