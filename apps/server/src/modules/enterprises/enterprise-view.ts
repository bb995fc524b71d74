import type { Enterprise } from '@kaifaqu/contracts';
import { centimuToMu, maskPhone } from '../../platform/units.js';
import { industryPath } from './industries.js';
import type { EnterpriseTable } from './enterprises.tables.js';

/** A registry row as the API shows it; `maskContact` for lists. */
export function enterpriseView(row: EnterpriseTable, options: { maskContact: boolean }): Enterprise {
  return {
    id: row.id,
    creditCode: row.credit_code,
    name: row.name,
    legalRepresentative: row.legal_representative,
    registeredCapitalFen: Number(row.registered_capital_fen),
    registeredCapitalCurrency: row.registered_capital_currency as Enterprise['registeredCapitalCurrency'],
    establishedOn: row.established_on,
    settledOn: row.settled_on,
    subParkId: row.sub_park_id,
    address: row.address,
    industryCode: row.industry_code,
    industry: industryPath(row.industry_code),
    leadingIndustryCode: row.leading_industry_code,
    ownership: row.ownership,
    landAreaMu: centimuToMu(row.land_area_centimu === null ? null : Number(row.land_area_centimu)),
    employees: row.employees,
    contactName: row.contact_name,
    contactPhone: options.maskContact ? maskPhone(row.contact_phone) : row.contact_phone,
    liaisonUserId: row.liaison_user_id,
    tags: JSON.parse(row.tags) as string[],
    status: row.status,
    statusSince: row.status_since,
    version: row.version,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

/** Fields whose changes are kept in the field-level history, with their Chinese labels. */
export const TRACKED_FIELDS: Partial<Record<keyof EnterpriseTable, string>> = {
  name: '企业名称',
  legal_representative: '法定代表人',
  registered_capital_fen: '注册资本(分)',
  registered_capital_currency: '注册资本币种',
  established_on: '成立日期',
  settled_on: '入驻日期',
  sub_park_id: '所在园区',
  address: '地址',
  industry_code: '行业代码',
  leading_industry_code: '主导产业',
  ownership: '企业类型',
  land_area_centimu: '用地面积(0.01亩)',
  employees: '从业人数',
  contact_name: '联系人',
  contact_phone: '联系电话',
  liaison_user_id: '企业秘书',
  tags: '标签',
};
