import dayjs, { type Dayjs } from 'dayjs';
import type {
  Currency,
  Enterprise,
  EnterpriseCreateBody,
  EnterpriseStatus,
  EnterpriseUpdateBody,
  Ownership,
} from '@kaifaqu/contracts';
import { fenToWanText, normaliseMu, wanToFen } from './money';

/** The values of the registration/profile form: money in 万元 text, dates as dayjs. */
export interface EnterpriseFormValues {
  creditCode: string;
  name: string;
  legalRepresentative?: string;
  capitalWan?: string;
  registeredCapitalCurrency: Currency;
  establishedOn?: Dayjs | null;
  settledOn?: Dayjs | null;
  subParkId?: string | null;
  address?: string;
  industryCode: string;
  leadingIndustryCode?: string | null;
  ownership: Ownership;
  landAreaMu?: string;
  employees?: number | null;
  contactName?: string;
  contactPhone?: string;
  liaisonUserId?: string | null;
  tags?: string[];
  /** Registration only: the status it enters with and since when. */
  status?: EnterpriseStatus;
  statusSince?: Dayjs;
}

/** The API's date text of a picked date. */
export function dateText(value: Dayjs | null | undefined): string | null {
  return value ? value.format('YYYY-MM-DD') : null;
}

/** A stored date as a picker value. */
export function pickerDate(value: string | null | undefined): Dayjs | undefined {
  return value ? dayjs(value, 'YYYY-MM-DD') : undefined;
}

/** The form's starting values: an enterprise's profile, or a new registration's defaults. */
export function toFormValues(enterprise: Enterprise | null): Partial<EnterpriseFormValues> {
  if (!enterprise) {
    return {
      registeredCapitalCurrency: 'CNY',
      ownership: 'domestic',
      status: 'signed',
      statusSince: dayjs(),
      employees: 0,
      tags: [],
    };
  }
  const { status: _status, statusSince: _since, ...profile } = enterprise;
  return {
    ...profile,
    capitalWan: fenToWanText(enterprise.registeredCapitalFen),
    establishedOn: pickerDate(enterprise.establishedOn),
    settledOn: pickerDate(enterprise.settledOn),
    landAreaMu: enterprise.landAreaMu ?? undefined,
    contactPhone: enterprise.contactPhone ?? undefined,
  };
}

/** The profile fields of a body, converted exactly (万元 text → 分, 亩 text → two decimals). */
export function toProfile(values: EnterpriseFormValues, liaisonUserId: string | null) {
  return {
    name: values.name.trim(),
    legalRepresentative: values.legalRepresentative?.trim() ?? '',
    registeredCapitalFen: values.capitalWan ? (wanToFen(values.capitalWan) ?? 0) : 0,
    registeredCapitalCurrency: values.registeredCapitalCurrency,
    establishedOn: dateText(values.establishedOn),
    settledOn: dateText(values.settledOn),
    subParkId: values.subParkId ?? null,
    address: values.address?.trim() ?? '',
    industryCode: values.industryCode,
    leadingIndustryCode: values.leadingIndustryCode ?? null,
    ownership: values.ownership,
    landAreaMu: normaliseMu(values.landAreaMu),
    employees: values.employees ?? 0,
    contactName: values.contactName?.trim() ?? '',
    contactPhone: values.contactPhone?.trim() || null,
    liaisonUserId,
    tags: values.tags ?? [],
  } satisfies Omit<EnterpriseUpdateBody, 'version'>;
}

/** The registration body. */
export function toCreateBody(
  values: EnterpriseFormValues,
  liaisonUserId: string | null,
): EnterpriseCreateBody {
  return {
    creditCode: values.creditCode,
    ...toProfile(values, liaisonUserId),
    status: values.status ?? 'signed',
    statusSince: dateText(values.statusSince) ?? dayjs().format('YYYY-MM-DD'),
  };
}
