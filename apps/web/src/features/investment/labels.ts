import {
  activityKinds,
  investorKinds,
  leadSources,
  leadStatuses,
  type ActivityKind,
} from '@kaifaqu/contracts';
import type { MessageKey } from '../../shared/i18n';

/** Message keys of the module's enumerations, so lists, filters and forms name them alike. */
export const leadSourceKey = (s: (typeof leadSources)[number]) => `investment.lead.source.${s}` as MessageKey;
export const leadStatusKey = (s: (typeof leadStatuses)[number]) =>
  `investment.lead.status.${s}` as MessageKey;
export const activityKindKey = (k: ActivityKind) => `investment.activity.kind.${k}` as MessageKey;
export const investorKindKey = (k: (typeof investorKinds)[number]) =>
  `investment.investor.kind.${k}` as MessageKey;
/** Field labels that depend on the kind of activity (接待地点 / 考察目的地 / 举办地点 …). */
export const placeKey = (k: ActivityKind) => `investment.activity.place.${k}` as MessageKey;
export const counterpartsKey = (k: ActivityKind) => `investment.activity.counterparts.${k}` as MessageKey;

/** Options of a Select over an enumeration. */
export function optionsOf<T extends string>(
  values: readonly T[],
  key: (v: T) => MessageKey,
  t: (k: MessageKey) => string,
): { value: T; label: string }[] {
  return values.map((value) => ({ value, label: t(key(value)) }));
}

export { activityKinds, investorKinds, leadSources, leadStatuses };
