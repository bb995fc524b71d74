import type { DemoSeedContext } from '../../demo/demo-random.js';
import type { AppContext } from '../../platform/context.js';
import { seedDemoHazards } from './demo/hazards.js';
import { seedDemoInspections } from './demo/inspections.js';
import { seedDemoAgreements, seedDemoNotices } from './demo/notices.js';
import { insertRows, loadDemoWorld } from './demo/world.js';

/**
 * Demo safety data for the year up to today (dated from the clock): inspection plans (日查/周查/月查,
 * two 专项 campaigns, a joint and a third-party round), ~150 completed inspections on the built-in
 * checklists, ~250 hazards from their failed lines — mostly closed, some open, about one in ten
 * overdue, eight 重大 with six-part plans and two 挂牌督办 — ~25 rectification notices with their
 * documents, and this year's safety agreements. qiye1's enterprise has open hazards to rectify.
 */
export async function seedSafetyDemo(ctx: AppContext, demo: DemoSeedContext): Promise<void> {
  const world = await loadDemoWorld(ctx, demo.random, demo.at);
  const { items, failed } = await seedDemoInspections(world);
  const hazards = await seedDemoHazards(world, failed);
  // The lines last: the failed ones point at the hazards just written.
  await insertRows(ctx, 'inspection_items', items);
  await seedDemoNotices(world, hazards);
  await seedDemoAgreements(world);
}
