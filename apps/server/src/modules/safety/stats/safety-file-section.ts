import type { SafetyFileSection } from '@kaifaqu/contracts';
import type { EnterpriseFileSection } from '../../enterprises/index.js';
import * as repo from './safety-file.repository.js';
import { shanghaiToday } from '../../../platform/dates.js';

const INSPECTIONS_SHOWN = 10;
const OPEN_HAZARDS_SHOWN = 50;

/** 一企一档 · 安全环保: agreements signed, recent inspections, hazards, discharge permits. */
export const safetyFileSection: EnterpriseFileSection = {
  key: 'safety',
  titleZh: '安全环保',
  titleEn: 'Safety & environment',
  async load(ctx, _scope, enterpriseId): Promise<SafetyFileSection> {
    const today = shanghaiToday(ctx);
    const [agreementYears, inspections, hazardCounts, open, permits] = await Promise.all([
      repo.agreementYears(ctx.db, enterpriseId),
      repo.recentInspections(ctx.db, enterpriseId, INSPECTIONS_SHOWN),
      repo.hazardCountsOf(ctx.db, enterpriseId, today),
      repo.openHazards(ctx.db, enterpriseId, OPEN_HAZARDS_SHOWN),
      repo.dischargePermits(ctx.db, enterpriseId),
    ]);
    return {
      agreementYears,
      inspections: inspections.map((i) => ({
        id: i.id,
        inspectedOn: i.inspected_on,
        kind: i.kind,
        inspectors: i.inspectors,
        summary: i.summary,
      })),
      hazardCounts,
      openHazards: open.map((h) => ({
        id: h.id,
        code: h.code,
        description: h.description,
        category: h.category,
        grade: h.grade,
        status: h.status,
        foundOn: h.found_on,
        deadline: h.deadline,
        overdue: h.deadline < today,
      })),
      dischargePermits: permits.map((p) => ({
        id: p.id,
        number: p.permit_no,
        validFrom: p.valid_from,
        validTo: p.valid_to,
        status: p.status,
      })),
    };
  },
};
