import { HAZARD_CATEGORIES, HAZARD_STATUSES, type HazardGrade, type HazardStatus } from '@kaifaqu/contracts';
import type { MessageKey, Translate } from '../../shared/i18n';
import { categoryKey } from '../inspections/labels';

export { categoryKey };

export const statusKey = (s: HazardStatus): MessageKey => `hazards.status.${s}`;
export const gradeKey = (g: HazardGrade): MessageKey => `hazards.grade.${g}`;
export const STATUS_COLOR: Record<HazardStatus, string> = {
  registered: 'orange',
  submitted: 'blue',
  returned: 'red',
  closed: 'green',
};

/** The label key of a timeline action. */
export const eventKey = (action: string): MessageKey => `hazards.event.${action}` as MessageKey;

/** Select options of categories, grades and statuses. */
export function hazardOptions(t: Translate) {
  return {
    categories: HAZARD_CATEGORIES.map((c) => ({ value: c, label: t(categoryKey(c)) })),
    grades: (['general', 'major'] as const).map((g) => ({ value: g, label: t(gradeKey(g)) })),
    statuses: HAZARD_STATUSES.map((s) => ({ value: s, label: t(statusKey(s)) })),
  };
}
