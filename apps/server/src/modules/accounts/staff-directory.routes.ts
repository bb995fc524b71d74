import type { FastifyInstance } from 'fastify';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import { Type } from '@sinclair/typebox';
import { StaffMember } from '@kaifaqu/contracts';
import type { AppContext } from '../../platform/context.js';
import { responses } from '../../platform/http/responses.js';
import { listStaff } from './accounts.repository.js';

/**
 * `GET /staff-directory`: the active staff accounts by name and department, for every staff member
 * who assigns work (a project's owner, a lead's follower, an issue's owner). Names only: contact and
 * security data stay behind `user:read`; enterprise accounts (no `org:read`) cannot list staff.
 */
export function registerStaffDirectoryRoutes(fastify: FastifyInstance, ctx: AppContext): void {
  const app = fastify.withTypeProvider<TypeBoxTypeProvider>();
  app.get(
    '/staff-directory',
    {
      config: { permission: 'org:read' },
      schema: { tags: ['accounts'], response: responses({ 200: Type.Array(StaffMember) }) },
    },
    async () =>
      (await listStaff(ctx.db)).map((u) => ({
        id: u.id,
        displayName: u.display_name,
        departmentId: u.department_id,
      })),
  );
}
