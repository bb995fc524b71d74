import type { EnterpriseStatus } from '@kaifaqu/contracts';

/** Statuses in which an enterprise counts as settled in the zone (入驻). */
export const SETTLED_STATUSES: readonly EnterpriseStatus[] = [
  'signed',
  'underConstruction',
  'inProduction',
  'suspended',
];

const NEXT: Record<EnterpriseStatus, readonly EnterpriseStatus[]> = {
  signed: ['underConstruction', 'inProduction', 'movedOut', 'deregistered'],
  underConstruction: ['inProduction', 'suspended', 'movedOut', 'deregistered'],
  inProduction: ['suspended', 'movedOut', 'deregistered'],
  suspended: ['inProduction', 'movedOut', 'deregistered'],
  movedOut: [],
  deregistered: [],
};

/** True when the lifecycle allows going from `from` to `to` (签约 → 在建 → 投产 → 停产 / 迁出 / 注销). */
export function canTransition(from: EnterpriseStatus, to: EnterpriseStatus): boolean {
  return NEXT[from].includes(to);
}

/** Chinese names of the statuses, for messages and Excel. */
export const STATUS_NAMES: Record<EnterpriseStatus, string> = {
  signed: '签约',
  underConstruction: '在建',
  inProduction: '投产',
  suspended: '停产',
  movedOut: '迁出',
  deregistered: '注销',
};
