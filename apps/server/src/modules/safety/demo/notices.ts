import { createHash } from 'node:crypto';
import type { FileTable } from '../../../platform/db/database.js';
import { DOCX_CONTENT_TYPE } from '../../../platform/documents/word-document.js';
import type { SafetyAgreementTable } from '../hazards/hazards.tables.js';
import { renderNoticeDocument } from '../hazards/notice-document.js';
import { noticeNumber } from '../hazards/notices.service.js';
import type { HazardTable } from '../safety.tables.js';
import { insertRows, instantOn, type DemoWorld } from './world.js';
import { addDays } from '../../../platform/dates.js';

/** How many 整改通知书 the demo year holds. */
const NOTICES = 25;
const ISSUING_BODY = '开发区管委会安全环保局';

/**
 * ~25 rectification notices, each about the hazards one inspection found at one enterprise, with
 * the real .docx rendered by the hazard module and stored like an upload.
 */
export async function seedDemoNotices(w: DemoWorld, hazards: HazardTable[]): Promise<void> {
  const { ctx } = w;
  const byInspection = new Map<string, HazardTable[]>();
  for (const h of hazards)
    if (h.inspection_id) byInspection.set(h.inspection_id, [...(byInspection.get(h.inspection_id) ?? []), h]);
  // The inspections with the most findings first, then spread through the year.
  const candidates = [...byInspection.values()]
    .filter((list) => list.length >= 2 && addDays(list[0]!.found_on, 1) <= w.today)
    .sort((a, b) => a[0]!.found_on.localeCompare(b[0]!.found_on));
  const step = Math.max(1, candidates.length / NOTICES);
  const chosen = Array.from(
    { length: Math.min(NOTICES, candidates.length) },
    (_, i) => candidates[Math.floor(i * step)]!,
  );
  const names = new Map(w.enterprises.map((e) => [e.id, e.name]));
  const sequence = new Map<number, number>();
  for (const list of chosen) {
    const first = list[0]!;
    const issuedOn = addDays(first.found_on, 1);
    const year = Number(issuedOn.slice(0, 4));
    const seq = (sequence.get(year) ?? 0) + 1;
    sequence.set(year, seq);
    const number = noticeNumber(year, seq);
    const deadline = list
      .map((h) => h.deadline)
      .sort()
      .at(-1)!;
    const content = await renderNoticeDocument({
      number,
      enterpriseName: names.get(first.enterprise_id) ?? '',
      deadline,
      issuingBody: ISSUING_BODY,
      issuedOn,
      hazards: list.map((h) => ({
        code: h.code,
        description: h.description,
        location: h.location,
        grade: h.grade,
        legalBasis: h.legal_basis,
        deadline: h.deadline,
      })),
    });
    const at = instantOn(issuedOn, 10);
    const file: FileTable = {
      id: w.random.id(w.idAt),
      original_name: `隐患整改通知书-${number}.docx`,
      content_type: DOCX_CONTENT_TYPE,
      size_bytes: content.length,
      sha256: createHash('sha256').update(content).digest('hex'),
      storage_key: await ctx.files.put(content),
      enterprise_id: first.enterprise_id,
      sub_park_id: first.sub_park_id,
      department_id: first.department_id,
      created_by: w.safetyUserId ?? 'system',
      created_at: at,
    };
    await insertRows(ctx, 'files', [file]);
    const noticeId = w.random.id(w.idAt);
    await insertRows(ctx, 'rectification_notices', [
      {
        id: noticeId,
        number,
        year,
        enterprise_id: first.enterprise_id,
        sub_park_id: first.sub_park_id,
        department_id: first.department_id,
        deadline,
        issuing_body: ISSUING_BODY,
        issued_on: issuedOn,
        file_id: file.id,
        created_by: w.safetyUserId,
        created_at: at,
      },
    ]);
    await insertRows(
      ctx,
      'notice_hazards',
      list.map((h) => ({ notice_id: noticeId, hazard_id: h.id })),
    );
    await insertRows(
      ctx,
      'hazard_events',
      list.map((h) => ({
        id: w.random.id(w.idAt),
        hazard_id: h.id,
        action: 'notice',
        from_status: 'registered',
        to_status: 'registered',
        note: number,
        actor_user_id: w.safetyUserId,
        actor_name: '安全环保局',
        at,
      })),
    );
  }
  for (const [year, last] of sequence)
    await ctx.db
      .insertInto('hazard_sequences')
      .values({ name: 'notice', year, last_value: last })
      .onConflict((oc) => oc.columns(['name', 'year']).doUpdateSet({ last_value: last }))
      .execute();
}

const CONSTRUCTION_UNITS = [
  { unit: '中建八局第三建设有限公司', project: '智能制造产业园二期厂房' },
  { unit: '江苏华建建设股份有限公司', project: '园区人才公寓' },
  { unit: '苏州二建建筑集团有限公司', project: '综合管廊及配套道路工程' },
];

/** 安全生产责任书 of this year for most enterprises and three construction units, and of last year. */
export async function seedDemoAgreements(w: DemoWorld): Promise<void> {
  const { random, today } = w;
  const at = w.ctx.clock.now().toISOString();
  const year = Number(today.slice(0, 4));
  const signedOn = (y: number) => {
    const day = `${y}-0${random.int(1, 3)}-${String(random.int(10, 28))}`;
    return day < today ? day : today;
  };
  const row = (
    y: number,
    e: DemoWorld['enterprises'][number] | null,
    unit?: (typeof CONSTRUCTION_UNITS)[number],
  ): SafetyAgreementTable => ({
    id: random.id(w.idAt),
    year: y,
    party_kind: e ? 'enterprise' : 'constructionUnit',
    enterprise_id: e?.id ?? null,
    unit_name: e?.name ?? unit!.unit,
    project: unit?.project ?? null,
    signed_on: signedOn(y),
    signatories: e ? '管委会分管领导;企业主要负责人' : '管委会分管领导;项目经理',
    file_ids: '[]',
    note: null,
    sub_park_id: e?.sub_park_id ?? null,
    department_id: w.safetyDepartmentId,
    created_by: w.safetyUserId,
    version: 1,
    created_at: at,
    updated_at: at,
  });
  const rows: SafetyAgreementTable[] = [];
  w.enterprises.forEach((e, i) => {
    // Most enterprises have signed this year; a few are still to sign (the to-do of the page).
    if (i % 8 !== 7 || e.id === w.qiyeEnterpriseId) rows.push(row(year, e));
    if (i % 4 !== 3) rows.push(row(year - 1, e));
  });
  for (const unit of CONSTRUCTION_UNITS) rows.push(row(year, null, unit));
  await insertRows(w.ctx, 'safety_agreements', rows);
}
