import {
  InspectionErrorCode,
  type Checklist,
  type ChecklistCreateBody,
  type ChecklistItemBody,
  type ChecklistUpdateBody,
  type HazardCategory,
  type SpecialTopic,
} from '@kaifaqu/contracts';
import type { Transaction } from 'kysely';
import { auditedChange, type Caller } from '../../../platform/audit/audited-change.js';
import type { AppContext } from '../../../platform/context.js';
import type { Database } from '../../../platform/db/database.js';
import { updateVersioned } from '../../../platform/db/versioned-update.js';
import { conflict, notFound } from '../../../platform/errors.js';
import { newId } from '../../../platform/ids.js';
import * as repo from './checklists.repository.js';
import type { ChecklistItemTable, ChecklistTable } from './inspections.tables.js';

/** A checklist as the API shows it. */
export function checklistView(row: ChecklistTable, items: ChecklistItemTable[]): Checklist {
  return {
    id: row.id,
    title: row.title,
    topic: row.topic as SpecialTopic | null,
    description: row.description,
    builtIn: row.built_in === 1,
    status: row.status,
    itemCount: items.length,
    items: items.map((i) => ({
      id: i.id,
      seq: i.seq,
      content: i.content,
      legalBasis: i.legal_basis,
      hazardCategory: i.hazard_category as HazardCategory,
    })),
    version: row.version,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

/** The checklists with their items. */
export async function listChecklists(ctx: AppContext, includeArchived: boolean): Promise<Checklist[]> {
  const rows = await repo.listChecklists(ctx.db, includeArchived);
  const items = await repo.itemsOf(
    ctx.db,
    rows.map((r) => r.id),
  );
  return rows.map((row) =>
    checklistView(
      row,
      items.filter((i) => i.checklist_id === row.id),
    ),
  );
}

/** One checklist with its items; 404 when missing. */
export async function getChecklist(ctx: AppContext, id: string): Promise<Checklist> {
  const row = await repo.findChecklist(ctx.db, id);
  if (!row) throw notFound('检查表');
  return checklistView(row, await repo.itemsOf(ctx.db, [id]));
}

function itemRows(checklistId: string, items: ChecklistItemBody[]): ChecklistItemTable[] {
  return items.map((item, i) => ({
    id: newId(),
    checklist_id: checklistId,
    seq: i + 1,
    content: item.content.trim(),
    legal_basis: item.legalBasis.trim(),
    hazard_category: item.hazardCategory,
  }));
}

async function insertNew(
  trx: Transaction<Database>,
  ctx: AppContext,
  caller: Caller,
  body: ChecklistCreateBody,
): Promise<{ row: ChecklistTable; items: ChecklistItemTable[] }> {
  const at = ctx.clock.now().toISOString();
  const row: ChecklistTable = {
    id: newId(),
    title: body.title.trim(),
    topic: body.topic,
    description: body.description.trim(),
    built_in: 0,
    status: 'active',
    created_by: caller.auth?.userId ?? null,
    version: 1,
    created_at: at,
    updated_at: at,
  };
  const items = itemRows(row.id, body.items);
  await repo.insertChecklist(trx, row);
  await repo.replaceItems(trx, row.id, items);
  return { row, items };
}

/** Creates a custom checklist. */
export function createChecklist(
  ctx: AppContext,
  caller: Caller,
  body: ChecklistCreateBody,
): Promise<Checklist> {
  return auditedChange(ctx, caller, 'checklist.create', 'checklist', async (trx) => {
    const { row, items } = await insertNew(trx, ctx, caller, body);
    return { objectId: row.id, before: null, after: { ...row, items }, value: checklistView(row, items) };
  });
}

/** Copies a checklist (built-in or not) into a new custom one that can be edited. */
export function copyChecklist(ctx: AppContext, caller: Caller, id: string): Promise<Checklist> {
  return auditedChange(ctx, caller, 'checklist.copy', 'checklist', async (trx) => {
    const source = await repo.findChecklist(trx, id);
    if (!source) throw notFound('检查表');
    const sourceItems = await repo.itemsOf(trx, [id]);
    const { row, items } = await insertNew(trx, ctx, caller, {
      title: `${source.title}(副本)`.slice(0, 100),
      topic: source.topic as SpecialTopic | null,
      description: source.description,
      items: sourceItems.map((i) => ({
        content: i.content,
        legalBasis: i.legal_basis,
        hazardCategory: i.hazard_category as HazardCategory,
      })),
    });
    return {
      objectId: row.id,
      before: null,
      after: { ...row, items },
      value: checklistView(row, items),
      detail: `复制自 ${source.id}`,
    };
  });
}

async function editable(trx: Transaction<Database>, id: string): Promise<ChecklistTable> {
  const row = await repo.findChecklist(trx, id);
  if (!row) throw notFound('检查表');
  if (row.built_in === 1)
    throw conflict('标准检查表不能修改或停用,请复制后修改', InspectionErrorCode.checklistBuiltIn);
  return row;
}

/** Replaces a custom checklist's title and items; inspections already started keep their copies. */
export function updateChecklist(
  ctx: AppContext,
  caller: Caller,
  id: string,
  body: ChecklistUpdateBody,
): Promise<Checklist> {
  return auditedChange(ctx, caller, 'checklist.update', 'checklist', async (trx) => {
    const before = await editable(trx, id);
    const beforeItems = await repo.itemsOf(trx, [id]);
    const values = {
      title: body.title.trim(),
      topic: body.topic,
      description: body.description.trim(),
      updated_at: ctx.clock.now().toISOString(),
    };
    const version = await updateVersioned(trx, 'checklists', id, body.version, values);
    const items = itemRows(id, body.items);
    await repo.replaceItems(trx, id, items);
    const after = { ...before, ...values, version };
    return {
      objectId: id,
      before: { ...before, items: beforeItems },
      after: { ...after, items },
      value: checklistView(after, items),
    };
  });
}

/** Archives (停用) or restores a custom checklist; archived ones are not offered for new inspections. */
export function setChecklistStatus(
  ctx: AppContext,
  caller: Caller,
  id: string,
  status: 'active' | 'archived',
  expectedVersion: number,
): Promise<Checklist> {
  return auditedChange(
    ctx,
    caller,
    `checklist.${status === 'archived' ? 'archive' : 'restore'}`,
    'checklist',
    async (trx) => {
      const before = await editable(trx, id);
      const values = { status, updated_at: ctx.clock.now().toISOString() };
      const version = await updateVersioned(trx, 'checklists', id, expectedVersion, values);
      const after = { ...before, ...values, version };
      return { objectId: id, before, after, value: checklistView(after, await repo.itemsOf(trx, [id])) };
    },
  );
}
