import type { FastifyInstance } from 'fastify';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import { Type } from '@sinclair/typebox';
import { AUTHENTICATED, Todo } from '@kaifaqu/contracts';
import { authOf } from '../auth/guard.js';
import type { AppContext } from '../context.js';
import { responses } from '../http/responses.js';
import { openTodosOf } from './todos.repository.js';

/** `GET /todos`: the caller's open to-dos (待办), whatever module raised them. */
export function registerTodoRoutes(fastify: FastifyInstance, ctx: AppContext): void {
  const app = fastify.withTypeProvider<TypeBoxTypeProvider>();
  app.get(
    '/todos',
    {
      config: { permission: AUTHENTICATED },
      schema: { tags: ['platform'], response: responses({ 200: Type.Array(Todo) }) },
    },
    async (request) =>
      (await openTodosOf(ctx.db, authOf(request), 200)).map((t) => ({
        id: t.id,
        kind: t.kind,
        title: t.title,
        objectType: t.object_type,
        objectId: t.object_id,
        enterpriseId: t.enterprise_id,
        dueOn: t.due_on,
        createdAt: t.created_at,
      })),
  );
}
