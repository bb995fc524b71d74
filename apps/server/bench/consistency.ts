import type { Kysely } from 'kysely';
import { reportSums, type SumRow } from '../src/modules/indicators/stats/stats.repository.js';
import { systemScope } from '../src/platform/auth/data-scope.js';
import type { Database } from '../src/platform/db/database.js';

// A fast wrong answer is worthless: the summary the server serves from its roll-ups must equal the
// plain aggregate over the approved reports themselves.

/** One indicator's figure in a served summary. */
type Value = { indicatorCode: string; current: number | null; previous: number | null; reporters: number };
/** The part of GET /stats/summary the comparison reads. */
export type Summary = { total: { values: Value[] }; groups: { key: string | null; values: Value[] }[] };

/** A summary question: months `from`…`to` of one year, `from` being January (so only `to` is read). */
export interface Question {
  indicatorIds: string[];
  from: string;
  to: string;
  by: 'subPark' | 'industry';
}

/** The plain aggregate over the report table, with the zone scope, as `reportSums` answers it. */
export function plainSums(
  db: Kysely<Database>,
  q: Question,
  by: 'none' | Question['by'] = q.by,
): Promise<SumRow[]> {
  if (!q.from.endsWith('-01')) throw new Error('the bench asks from January: one month of cumulative values');
  return reportSums(db, systemScope(), { indicatorIds: q.indicatorIds, periods: [q.to], by });
}

/** Every difference between a served summary and the plain aggregate of the same question. */
export async function differences(
  db: Kysely<Database>,
  q: Question,
  served: Summary,
  codeOf: ReadonlyMap<string, string>,
): Promise<string[]> {
  const problems: string[] = [];
  const compare = (where: string, values: Value[] | undefined, rows: SumRow[]) => {
    if (!values) return void problems.push(`${where}: missing in the summary`);
    if (rows.length !== values.length)
      problems.push(`${where}: ${values.length} values served, ${rows.length} sums`);
    for (const row of rows) {
      const v = values.find((x) => x.indicatorCode === codeOf.get(row.indicator_id));
      if (!v || v.current !== row.cumulative || v.previous !== row.previous || v.reporters !== row.reporters)
        problems.push(
          `${where} ${codeOf.get(row.indicator_id)}: served ${JSON.stringify(v)}, base ${JSON.stringify(row)}`,
        );
    }
  };
  compare('total', served.total.values, await plainSums(db, q, 'none'));
  const groups = await plainSums(db, q);
  const keys = [...new Set(groups.map((r) => r.group_key))];
  if (keys.length !== served.groups.length)
    problems.push(`${served.groups.length} groups served, ${keys.length} in the base`);
  for (const key of keys)
    compare(
      `group ${key}`,
      served.groups.find((g) => g.key === key)?.values,
      groups.filter((r) => r.group_key === key),
    );
  return problems;
}

/** The URL of the summary question. */
export function summaryUrl(codes: readonly string[], q: Question): string {
  return `/api/v1/stats/summary?indicators=${codes.join(',')}&from=${q.from}&to=${q.to}&groupBy=${q.by}`;
}
