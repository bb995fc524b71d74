import type { AuditEvent, AuditQuery, AuditVerification } from '@kaifaqu/contracts';
import { http } from '../../shared/http';

/** A page of audit rows. */
export interface AuditPage {
  items: AuditEvent[];
  total: number;
}

/** Calls of the audit module (audit administrator only). */
export const auditApi = {
  /** Audit rows matching the filters, newest first, one page. */
  list: (query: AuditQuery) => http.get<AuditPage>('/audit-events', { ...query }),
  /** Walks the hash chain and reports the first altered row. */
  verify: () => http.get<AuditVerification>('/audit-events/verification'),
};
