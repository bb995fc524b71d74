import type { TargetSubject } from '@kaifaqu/contracts';
import type { DataScope } from '../../platform/auth/data-scope.js';
import type { AppContext } from '../../platform/context.js';

/**
 * A module that counts something targets can be set for (indicator values, enterprises, projects).
 * Values are integers: value × 10^scale of the subject, in its unit.
 */
export interface TargetSource {
  /** Names the source; the `subjectKind` of its targets ('indicator', 'enterprises' …). */
  kind: string;
  /** Everything of this kind a target can be set for. */
  subjects(ctx: AppContext): Promise<TargetSubject[]>;
  /** 1–`throughMonth`月 of `year` within the caller's scope; null when it is not known (yet). */
  actualToDate(
    ctx: AppContext,
    scope: DataScope,
    code: string,
    year: number,
    throughMonth: number,
  ): Promise<number | null>;
}

const sources = new Map<string, TargetSource>();

/**
 * Adds a source. Modules call this once, at the top level of their index.ts (not per app built),
 * so a kind registered twice is a programming error.
 */
export function registerTargetSource(source: TargetSource): void {
  if (sources.has(source.kind)) throw new Error(`目标任务来源 ${source.kind} 已注册`);
  sources.set(source.kind, source);
}

/** Every registered source, in registration order. */
export function targetSources(): TargetSource[] {
  return [...sources.values()];
}

/** The source of a kind, if one is registered. */
export function targetSource(kind: string): TargetSource | undefined {
  return sources.get(kind);
}
