import { projectStages, type ComplianceWarning, type ProjectStage } from '@kaifaqu/contracts';

import type { ProjectAgreementTable } from './projects.tables.js';

/** Position of a stage in the pipeline; -1 for 终止. */
export function stageIndex(stage: string): number {
  return projectStages.indexOf(stage as (typeof projectStages)[number]);
}

/** Which deadline each warning watches and the stage that meets it. */
const DEADLINES: { warning: ComplianceWarning; column: keyof ProjectAgreementTable; meets: ProjectStage }[] =
  [
    { warning: 'startOverdue', column: 'start_deadline', meets: 'started' },
    { warning: 'completionOverdue', column: 'completion_deadline', meets: 'inProduction' },
    // 达产 deadline: met by reaching full production.
    { warning: 'productionOverdue', column: 'production_deadline', meets: 'fullProduction' },
  ];

/**
 * 履约 warnings of an agreement: a deadline that has passed (today is after it) while the project
 * never reached the stage that meets it. `reached` is the highest pipeline stage index among the
 * project's stage events. Terminated projects raise nothing: they are no longer followed.
 */
export function agreementWarnings(
  agreement: ProjectAgreementTable,
  projectStage: string,
  reached: number,
  today: string,
): { warning: ComplianceWarning; deadline: string }[] {
  if (projectStage === 'terminated') return [];
  const out: { warning: ComplianceWarning; deadline: string }[] = [];
  for (const d of DEADLINES) {
    const deadline = agreement[d.column] as string | null;
    if (deadline && today > deadline && reached < stageIndex(d.meets))
      out.push({ warning: d.warning, deadline });
  }
  return out;
}

/** The highest pipeline stage a project ever entered, by project. */
export function highestReached(
  events: readonly { project_id: string; stage: string }[],
): Map<string, number> {
  const out = new Map<string, number>();
  for (const e of events) out.set(e.project_id, Math.max(out.get(e.project_id) ?? -1, stageIndex(e.stage)));
  return out;
}

/** 分 per 亩 from a yearly figure in 分 and an area in hundredths of a 亩, rounded half up. */
export function perMu(totalFen: number | null, centimu: number | null): number | null {
  if (totalFen === null || !centimu) return null;
  return Number((BigInt(Math.trunc(totalFen)) * 200n + BigInt(centimu)) / (2n * BigInt(centimu)));
}
