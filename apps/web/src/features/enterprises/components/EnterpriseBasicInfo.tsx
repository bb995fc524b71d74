import { Descriptions, Tag, Tooltip } from 'antd';
import type { Enterprise } from '@kaifaqu/contracts';
import { EMPTY, formatDateTime, formatMu, formatWan } from '../../../shared/format';
import { useT } from '../../../shared/i18n';
import type { EnterpriseLookups } from '../lookups';
import { EnterpriseStatusTag } from './EnterpriseStatusTag';

/** 基本信息: the enterprise's profile as a bordered description list. */
export function EnterpriseBasicInfo({
  enterprise: e,
  lookups,
}: {
  enterprise: Enterprise;
  lookups: EnterpriseLookups;
}) {
  const t = useT();
  const industry = e.industry
    ? `${e.industry.sectionName} / ${e.industry.divisionName} / ${e.industry.groupName} / ${e.industry.className}`
    : e.industryCode;
  const liaison = e.liaisonUserId
    ? (lookups.users.get(e.liaisonUserId) ?? (
        <Tooltip title={e.liaisonUserId}>
          <span>{t('enterprise.liaisonAssigned')}</span>
        </Tooltip>
      ))
    : EMPTY;
  const items = [
    {
      key: 'creditCode',
      label: t('enterprise.creditCode'),
      children: <span className="kfq-file-code">{e.creditCode}</span>,
    },
    { key: 'name', label: t('enterprise.name'), children: e.name },
    { key: 'legal', label: t('enterprise.legalRepresentative'), children: e.legalRepresentative || EMPTY },
    { key: 'ownership', label: t('enterprise.ownership'), children: t(`ownership.${e.ownership}`) },
    {
      key: 'capital',
      label: t('enterprise.capital'),
      children: `${formatWan(e.registeredCapitalFen)} ${t(`capitalUnit.${e.registeredCapitalCurrency}`)}`,
    },
    { key: 'established', label: t('enterprise.establishedOn'), children: e.establishedOn ?? EMPTY },
    { key: 'settled', label: t('enterprise.settledOn'), children: e.settledOn ?? EMPTY },
    {
      key: 'status',
      label: t('common.status'),
      children: (
        <>
          <EnterpriseStatusTag status={e.status} />
          {t('enterprise.statusSinceText', { date: e.statusSince })}
        </>
      ),
    },
    {
      key: 'subPark',
      label: t('enterprise.subPark'),
      children: (e.subParkId && lookups.subParks.get(e.subParkId)) || EMPTY,
    },
    {
      key: 'leading',
      label: t('enterprise.leadingIndustry'),
      children: e.leadingIndustryCode
        ? (lookups.leadingIndustries.get(e.leadingIndustryCode) ?? e.leadingIndustryCode)
        : EMPTY,
    },
    { key: 'industry', label: t('enterprise.industry'), span: 2, children: `${e.industryCode} ${industry}` },
    { key: 'address', label: t('enterprise.address'), span: 2, children: e.address || EMPTY },
    {
      key: 'land',
      label: t('enterprise.landArea'),
      children: e.landAreaMu ? `${formatMu(e.landAreaMu)} ${t('unit.mu')}` : EMPTY,
    },
    { key: 'employees', label: t('enterprise.employees'), children: e.employees },
    { key: 'contact', label: t('enterprise.contactName'), children: e.contactName || EMPTY },
    { key: 'phone', label: t('enterprise.contactPhone'), children: e.contactPhone ?? EMPTY },
    { key: 'liaison', label: t('enterprise.liaison'), children: liaison },
    {
      key: 'tags',
      label: t('enterprise.tags'),
      children: e.tags.length ? e.tags.map((tag) => <Tag key={tag}>{tag}</Tag>) : EMPTY,
    },
    { key: 'updated', label: t('common.updatedAt'), children: formatDateTime(e.updatedAt) },
  ];
  return <Descriptions bordered size="small" column={{ xs: 1, md: 2 }} items={items} />;
}
