import {
  HAZARD_CATEGORIES,
  INSPECTION_FREQUENCIES,
  INSPECTION_KINDS,
  SPECIAL_TOPICS,
  type HazardCategory,
  type InspectionFrequency,
  type InspectionKind,
  type InspectionPlan,
  type SpecialTopic,
} from '@kaifaqu/contracts';
import type { MessageKey, Translate } from '../../shared/i18n';

/** The label key of an inspection kind. */
export const kindKey = (kind: InspectionKind): MessageKey => `inspections.kind.${kind}`;
/** The label key of a routine frequency. */
export const frequencyKey = (f: InspectionFrequency): MessageKey => `inspections.frequency.${f}`;
/** The label key of a special topic. */
export const topicKey = (topic: SpecialTopic): MessageKey => `inspections.topic.${topic}`;
/** The label key of a hazard category. */
export const categoryKey = (c: HazardCategory): MessageKey => `inspections.category.${c}`;

/** Select options of the kinds, frequencies, topics and hazard categories. */
export function optionLists(t: Translate) {
  return {
    kinds: INSPECTION_KINDS.map((k) => ({ value: k, label: t(kindKey(k)) })),
    frequencies: INSPECTION_FREQUENCIES.map((f) => ({ value: f, label: t(frequencyKey(f)) })),
    topics: SPECIAL_TOPICS.map((s) => ({ value: s, label: t(topicKey(s)) })),
    categories: HAZARD_CATEGORIES.map((c) => ({ value: c, label: t(categoryKey(c)) })),
  };
}

/** What distinguishes a plan of its kind: 周查, 有限空间, the provider or the joint departments. */
export function planFlavour(plan: InspectionPlan, t: Translate): string {
  if (plan.frequency) return t(frequencyKey(plan.frequency));
  if (plan.specialTopic) return t(topicKey(plan.specialTopic));
  return plan.provider || plan.jointDepartments;
}

/** True on touch screens, where a date picker should not open the on-screen keyboard. */
export function isTouchScreen(): boolean {
  return typeof window !== 'undefined' && !!window.matchMedia?.('(pointer: coarse)').matches;
}
