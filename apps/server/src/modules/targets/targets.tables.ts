/** An annual target: one per year and subject, owned by a department. */
export interface TargetTable {
  id: string;
  year: number;
  subject_kind: string;
  subject_code: string;
  /** value × 10^scale of the subject, in its unit (分 for 万元 with scale 6). */
  target_value: number;
  owner_department_id: string;
  note: string | null;
  version: number;
  created_at: string;
  updated_at: string;
}

declare module '../../platform/db/database.js' {
  interface Database {
    targets: TargetTable;
  }
}
