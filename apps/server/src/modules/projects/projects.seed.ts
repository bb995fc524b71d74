import type { DemoSeedContext } from '../../demo/demo-random.js';
import { systemScope } from '../../platform/auth/data-scope.js';
import type { AppContext } from '../../platform/context.js';
import { insertTarget, targetExists } from '../targets/targets.repository.js';
import { seedPipeline } from './projects.seed-pipeline.js';
import { loadRefs, stamp } from './projects.seed-support.js';
import { seedWorksAndScheduling } from './projects.seed-works.js';
import { projectsTargetSource } from './stats/projects-target-source.js';

/**
 * Demo data: the investment pipeline of the last two years (investors, agents, leads, activities,
 * ~60 projects with histories, agreements and funds), government works with their scheduling,
 * and this year's targets for the pipeline's figures.
 */
export async function seedProjectsDemo(ctx: AppContext, demo: DemoSeedContext): Promise<void> {
  const refs = await loadRefs(ctx);
  const codes = new Map<string, number>();
  const pipeline = await seedPipeline(ctx, demo, refs, codes);
  await seedWorksAndScheduling(ctx, demo, refs, pipeline, codes);
  await seedTargets(ctx, demo, refs.departments.get('INVEST'));
}

/** This year's targets: the full year's actual stretched, so 完成率 trails or leads 序时进度 a little. */
async function seedTargets(ctx: AppContext, demo: DemoSeedContext, departmentId: string | undefined) {
  if (!departmentId) return;
  const now = new Date(ctx.clock.now().getTime() + 8 * 3_600_000);
  const year = now.getUTCFullYear();
  const month = now.getUTCMonth() + 1;
  for (const subject of await projectsTargetSource.subjects(ctx)) {
    if (await targetExists(ctx.db, year, subject.kind, subject.code)) continue;
    const actual =
      (await projectsTargetSource.actualToDate(ctx, systemScope(), subject.code, year, month)) ?? 0;
    // What a year at this pace gives, rounded up a little: the zone commits to slightly more.
    const paced = Math.max(1, Math.round((actual * 12) / month));
    const value =
      subject.scale === 0
        ? Math.max(3, Math.ceil(paced * 1.1))
        : Math.ceil((paced * 1.1) / 10 ** 8) * 10 ** 8;
    await insertTarget(ctx.db, {
      ...stamp(demo),
      year,
      subject_kind: subject.kind,
      subject_code: subject.code,
      target_value: value,
      owner_department_id: departmentId,
      note: `演示目标:${subject.nameZh}`,
      version: 1,
    });
  }
}
