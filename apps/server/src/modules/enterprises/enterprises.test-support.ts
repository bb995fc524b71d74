import { creditCodeCheckChar, type EnterpriseCreateBody } from '@kaifaqu/contracts';
import type { KaifaquApp } from '../../app.js';

let serial = 0;

/** A valid credit code built from a serial number (9 = 市场监管, 1 = 企业, area 320500). */
export function testCreditCode(n: number = ++serial): string {
  const first17 = `91320500${String(n).padStart(9, '0').slice(-9)}`;
  return first17 + creditCodeCheckChar(first17)!;
}

/** A complete registration body; override what the test is about. */
export function enterpriseBody(overrides: Partial<EnterpriseCreateBody> = {}): EnterpriseCreateBody {
  return {
    creditCode: testCreditCode(),
    name: `测试企业${serial}有限公司`,
    legalRepresentative: '张三',
    registeredCapitalFen: 500_000_000,
    registeredCapitalCurrency: 'CNY',
    establishedOn: '2020-03-01',
    settledOn: '2021-05-10',
    subParkId: null,
    address: '兴业大道1号',
    industryCode: '3670',
    leadingIndustryCode: null,
    ownership: 'domestic',
    landAreaMu: '50.00',
    employees: 120,
    contactName: '李四',
    contactPhone: '13912345678',
    liaisonUserId: null,
    tags: [],
    status: 'signed',
    statusSince: '2021-05-10',
    ...overrides,
  };
}

/** Registers an enterprise over HTTP as the given staff session and returns its id. */
export async function registerEnterprise(
  app: KaifaquApp,
  cookie: string,
  overrides: Partial<EnterpriseCreateBody> = {},
): Promise<string> {
  const response = await app.inject({
    method: 'POST',
    url: '/api/v1/enterprises',
    headers: { cookie },
    payload: enterpriseBody(overrides),
  });
  if (response.statusCode !== 201)
    throw new Error(`register enterprise failed: ${response.statusCode} ${response.body}`);
  return (response.json() as { id: string }).id;
}
