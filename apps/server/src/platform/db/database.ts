import type { Generated } from 'kysely';

/**
 * The typed shape of the database. Platform tables are declared here; each business module
 * adds its own tables by augmenting this interface from its `*.tables.ts` file
 * (`declare module '…/platform/db/database.js' { interface Database { … } }`),
 * so the platform never imports a module.
 *
 * Conventions: ids are UUIDv7 text; timestamps are UTC ISO-8601 text (sortable, identical on
 * both databases); booleans are integers 0/1; JSON lists are text; money is integer 分.
 */
export interface Database extends PlatformTables {}

/** Tables owned by `platform/`. */
export interface PlatformTables {
  users: UserTable;
  roles: RoleTable;
  user_roles: { user_id: string; role_id: string };
  sessions: SessionTable;
  login_throttle: LoginThrottleTable;
  password_history: { user_id: string; password_hash: string; changed_at: string };
  security_policy: SecurityPolicyTable;
  audit_events: AuditEventTable;
  audit_chain: AuditChainTable;
  files: FileTable;
  job_leases: { name: string; holder: string; lease_until: string; last_run_at: string | null };
  todos: TodoTable;
}

export interface TodoTable {
  id: string;
  kind: string;
  title: string;
  /** Addressed to one person, or (when null) to everyone of `department_id`. */
  user_id: string | null;
  department_id: string | null;
  enterprise_id: string | null;
  sub_park_id: string | null;
  object_type: string | null;
  object_id: string | null;
  due_on: string | null;
  /** Makes raising the same to-do twice a no-op (jobs run daily). */
  dedupe_key: string;
  status: 'open' | 'done';
  created_at: string;
  closed_at: string | null;
}

export interface UserTable {
  id: string;
  username: string;
  display_name: string;
  department_id: string | null;
  phone: string | null;
  password_hash: string;
  password_changed_at: string;
  must_change_password: number;
  status: 'active' | 'disabled';
  scope_kind: 'zone' | 'subParks' | 'department' | 'enterprise';
  scope_sub_park_ids: string;
  enterprise_id: string | null;
  totp_secret: string | null;
  totp_pending_secret: string | null;
  last_login_at: string | null;
  version: number;
  created_at: string;
  updated_at: string;
}

export interface RoleTable {
  id: string;
  code: string;
  name: string;
  description: string;
  admin_duty: 'system' | 'security' | 'audit' | null;
  built_in: number;
  permissions: string;
  version: number;
  created_at: string;
  updated_at: string;
}

export interface SessionTable {
  id: string;
  user_id: string;
  created_at: string;
  last_seen_at: string;
  expires_at: string;
  ip: string;
  user_agent: string;
  restriction: 'passwordChange' | 'totpEnrolment' | null;
}

export interface LoginThrottleTable {
  username_key: string;
  failures: number;
  window_started_at: string;
  locked_until: string | null;
}

export interface SecurityPolicyTable {
  id: string;
  password_min_length: number;
  password_max_age_days: number;
  password_history: number;
  lockout_threshold: number;
  lockout_window_minutes: number;
  lockout_duration_minutes: number;
  session_idle_minutes: number;
  session_absolute_hours: number;
  inactive_account_days: number;
  require_admin_totp: number;
  version: number;
  updated_at: string;
}

export interface AuditEventTable {
  seq: number;
  at: string;
  user_id: string | null;
  username: string | null;
  role_codes: string;
  enterprise_id: string | null;
  ip: string;
  action: string;
  object_type: string | null;
  object_id: string | null;
  result: 'success' | 'failure' | 'denied';
  detail: string;
  change_digest: string | null;
  prev_hash: string;
  hash: string;
}

export interface AuditChainTable {
  id: number;
  last_seq: number;
  last_hash: string;
  archived_through_seq: number;
  archived_last_hash: string;
}

export interface FileTable {
  id: string;
  original_name: string;
  content_type: string;
  size_bytes: number;
  sha256: string;
  storage_key: string;
  enterprise_id: string | null;
  sub_park_id: string | null;
  department_id: string | null;
  created_by: string;
  created_at: string;
}

/** Marker kept to show Generated is deliberately unused: ids are produced by the application. */
export type AppGenerated<T> = Generated<T>;
