import type { EnterpriseFile } from '@kaifaqu/contracts';
import type { DataScope } from '../../platform/auth/data-scope.js';
import type { AppContext } from '../../platform/context.js';
import { listEnterpriseFiles } from '../../platform/files/files.repository.js';
import { toFileMeta } from '../../platform/files/files.service.js';
import { enterpriseFileSections } from './enterprise-file.js';
import { enterpriseHistory, getEnterprise } from './enterprises.service.js';
import { listQualifications } from './qualifications.service.js';

/** 一企一档: the profile, qualifications, history, attachments and every registered section. */
export async function enterpriseFile(ctx: AppContext, scope: DataScope, id: string): Promise<EnterpriseFile> {
  const enterprise = await getEnterprise(ctx, scope, id); // 404 outside scope, before anything else loads
  const [qualifications, history, files] = await Promise.all([
    listQualifications(ctx, scope, id),
    enterpriseHistory(ctx, scope, id),
    listEnterpriseFiles(ctx.db, scope, id),
  ]);
  const sections = [];
  for (const section of enterpriseFileSections()) {
    sections.push({
      key: section.key,
      titleZh: section.titleZh,
      titleEn: section.titleEn,
      data: await section.load(ctx, scope, id),
    });
  }
  return { enterprise, qualifications, history, attachments: files.map(toFileMeta), sections };
}
