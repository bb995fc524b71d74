import type { DemoSeedContext } from '../../demo/demo-random.js';
import type { AppContext } from '../../platform/context.js';

/** Demo data: a year of inspections and hazards (placeholder, being written). */
export async function seedSafetyDemo(_ctx: AppContext, _demo: DemoSeedContext): Promise<void> {}
