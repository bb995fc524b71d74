import type { KaifaquApp } from '../../../app.js';
import { newId } from '../../../platform/ids.js';

/** A hazard row with the fields the figures read; the rest filled plainly. */
export async function insertHazard(
  app: KaifaquApp,
  h: {
    enterpriseId: string;
    subParkId: string | null;
    category: string;
    grade: 'general' | 'major';
    foundOn: string;
    deadline: string;
    closedOn?: string | null;
    supervised?: boolean;
  },
): Promise<string> {
  const id = newId();
  const at = app.ctx.clock.now().toISOString();
  await app.ctx.db
    .insertInto('hazards')
    .values({
      id,
      code: `T-${id.slice(-12)}`,
      enterprise_id: h.enterpriseId,
      sub_park_id: h.subParkId,
      department_id: null,
      source: 'manual',
      inspection_id: null,
      inspection_item_id: null,
      alarm_id: null,
      location: '车间',
      category: h.category,
      grade: h.grade,
      description: '测试隐患',
      legal_basis: '',
      photo_file_ids: '[]',
      found_on: h.foundOn,
      deadline: h.deadline,
      responsible_person: '王五',
      responsible_phone: null,
      status: h.closedOn ? 'closed' : 'registered',
      supervised: h.supervised ? 1 : 0,
      supervised_level: h.supervised ? '区级' : null,
      overdue_since: null,
      escalated_at: null,
      closed_on: h.closedOn ?? null,
      closed_by: null,
      created_by: null,
      version: 1,
      created_at: at,
      updated_at: at,
    })
    .execute();
  return id;
}

/** An inspection row (completed unless told). */
export async function insertInspection(
  app: KaifaquApp,
  i: { enterpriseId: string; subParkId: string | null; on: string; status?: 'draft' | 'completed' },
): Promise<string> {
  const id = newId();
  const at = app.ctx.clock.now().toISOString();
  await app.ctx.db
    .insertInto('inspections')
    .values({
      id,
      plan_id: null,
      checklist_id: null,
      kind: 'routine',
      enterprise_id: i.enterpriseId,
      sub_park_id: i.subParkId,
      department_id: null,
      inspected_on: i.on,
      inspectors: '张检查',
      status: i.status ?? 'completed',
      summary: '',
      created_by: null,
      version: 1,
      created_at: at,
      updated_at: at,
    })
    .execute();
  return id;
}

let noticeSerial = 0;

/** A rectification notice row with a stand-in document row. */
export async function insertNotice(
  app: KaifaquApp,
  n: { enterpriseId: string; subParkId: string | null; issuedOn: string },
): Promise<string> {
  const id = newId();
  const fileId = newId();
  const at = app.ctx.clock.now().toISOString();
  const creator = await app.ctx.db.selectFrom('users').select('id').limit(1).executeTakeFirstOrThrow();
  await app.ctx.db
    .insertInto('files')
    .values({
      id: fileId,
      original_name: 'notice.docx',
      content_type: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
      size_bytes: 1,
      sha256: '0'.repeat(64),
      storage_key: `test/${fileId}`,
      enterprise_id: n.enterpriseId,
      sub_park_id: n.subParkId,
      department_id: null,
      created_by: creator.id,
      created_at: at,
    })
    .execute();
  await app.ctx.db
    .insertInto('rectification_notices')
    .values({
      id,
      number: `测试〔${n.issuedOn.slice(0, 4)}〕第${++noticeSerial}号`,
      year: Number(n.issuedOn.slice(0, 4)),
      enterprise_id: n.enterpriseId,
      sub_park_id: n.subParkId,
      department_id: null,
      deadline: n.issuedOn,
      issuing_body: '安全环保科',
      issued_on: n.issuedOn,
      file_id: fileId,
      created_by: null,
      created_at: at,
    })
    .execute();
  return id;
}
