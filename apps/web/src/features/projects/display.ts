import type {
  ComplianceWarning,
  FundsOrigin,
  ProjectStage,
  ProjectType,
  WorksCategory,
} from '@kaifaqu/contracts';
import { EMPTY, formatWan } from '../../shared/format';
import type { MessageKey } from '../../shared/i18n';

/** Message keys of the module's vocabularies. */
export const stageKey = (s: ProjectStage): MessageKey => `projects.stage.${s}`;
export const typeKey = (s: ProjectType): MessageKey => `projects.type.${s}`;
export const worksKey = (s: WorksCategory): MessageKey => `projects.works.${s}`;
export const originKey = (s: FundsOrigin): MessageKey => `projects.funds.origin.${s}`;
export const warningKey = (s: ComplianceWarning): MessageKey => `projects.warning.${s}`;

/** Tag colour of each stage on lists, the board and the timeline. */
export const STAGE_COLOR: Record<ProjectStage, string> = {
  lead: 'default',
  negotiating: 'gold',
  signed: 'blue',
  landSupplied: 'cyan',
  started: 'geekblue',
  inProduction: 'purple',
  fullProduction: 'green',
  terminated: 'red',
};

/** An amount in minor units of its currency as 万 of that currency: '12.50万美元' style without the unit. */
export function formatAmountWan(minor: number | null | undefined): string {
  return minor === null || minor === undefined ? EMPTY : formatWan(minor);
}

/** Message key of the 万 unit of a currency (万元, 万美元). */
export const unitKey = (currency: 'CNY' | 'USD'): MessageKey => `projects.unit.${currency}`;
