import { createElement } from 'react';
import { Card, Empty } from 'antd';
import type { Enterprise } from '@kaifaqu/contracts';
import { useLocale, useT } from '../../../shared/i18n';
import { enterpriseFileSectionView, type EnterpriseFileSectionData } from '../file-sections';

/**
 * One card per section other modules add to 一企一档, each drawn by the renderer its module registered.
 * A section without a renderer shows its title over an empty state: never its raw data.
 */
export function FileSectionCards({
  sections,
  enterprise,
}: {
  sections: EnterpriseFileSectionData[];
  enterprise: Enterprise;
}) {
  const t = useT();
  const { locale } = useLocale();
  return (
    <>
      {sections.map((section) => {
        const title = locale === 'zh-CN' ? section.titleZh : section.titleEn || section.titleZh;
        const view = enterpriseFileSectionView(section.key);
        return (
          <Card key={section.key} title={title} className="kfq-section-card">
            {view ? (
              createElement(view, { section, enterprise })
            ) : (
              <Empty
                image={Empty.PRESENTED_IMAGE_SIMPLE}
                description={t('enterprise.sectionUnavailable', { title })}
              />
            )}
          </Card>
        );
      })}
    </>
  );
}
