import type { DemoSeedContext } from '../../demo/demo-random.js';
import type { AppContext } from '../../platform/context.js';

/** Demo data: investment pipeline, activities and scheduling (placeholder, being written). */
export async function seedProjectsDemo(_ctx: AppContext, _demo: DemoSeedContext): Promise<void> {}
