import type { Kysely } from 'kysely';
import type { Database } from '../../platform/db/database.js';
import { newId } from '../../platform/ids.js';
import { builtInRoles } from './built-in-roles.js';
import { defaultSecurityPolicy } from './policy.service.js';

/**
 * Makes sure the built-in roles and the security policy exist. Idempotent: existing roles keep
 * the permissions the security administrator gave them; new built-in roles are added.
 */
export async function ensureAccountDefaults(db: Kysely<Database>, now: Date): Promise<void> {
  const at = now.toISOString();
  const existing = new Set((await db.selectFrom('roles').select('code').execute()).map((r) => r.code));
  for (const role of builtInRoles) {
    if (existing.has(role.code)) continue;
    await db
      .insertInto('roles')
      .values({
        id: newId(),
        code: role.code,
        name: role.name,
        description: role.description,
        admin_duty: role.adminDuty,
        built_in: 1,
        permissions: JSON.stringify([...role.permissions].sort()),
        version: 1,
        created_at: at,
        updated_at: at,
      })
      .execute();
  }
  const policy = await db.selectFrom('security_policy').select('id').executeTakeFirst();
  if (!policy) {
    await db
      .insertInto('security_policy')
      .values({ id: 'default', ...defaultSecurityPolicy, version: 1, updated_at: at })
      .execute();
  }
}
