import type { DemoSeedContext } from '../../demo/demo-random.js';
import type { AppContext } from '../../platform/context.js';

/** Demo data: permits, monitoring stations, readings and alarms (placeholder, being written). */
export async function seedEnvironmentDemo(_ctx: AppContext, _demo: DemoSeedContext): Promise<void> {}
