import fs from 'node:fs';
import type { Industry, IndustryPath } from '@kaifaqu/contracts';

interface IndustryTable {
  standard: string;
  provenance: string;
  entries: {
    code: string;
    name: string;
    level: 'section' | 'division' | 'group' | 'class';
    parent: string | null;
  }[];
}

let table: { entries: Industry[]; byCode: Map<string, Industry> } | undefined;

/** The GB/T 4754-2017 table shipped in ./data with its provenance (domain.md §5). */
function load() {
  if (!table) {
    const raw = JSON.parse(
      fs.readFileSync(new URL('./data/gbt4754-2017.json', import.meta.url), 'utf8'),
    ) as IndustryTable;
    table = { entries: raw.entries, byCode: new Map(raw.entries.map((e) => [e.code, e])) };
  }
  return table;
}

/** Every node of the table, sections first. */
export function allIndustries(): Industry[] {
  return load().entries;
}

/** True when `code` is a 小类 (4-digit class) of the table. */
export function isIndustryClass(code: string): boolean {
  return load().byCode.get(code)?.level === 'class';
}

/** The 门类/大类/中类/小类 path of a class code, or null if unknown. */
export function industryPath(classCode: string): IndustryPath | null {
  const { byCode } = load();
  const cls = byCode.get(classCode);
  if (!cls || cls.level !== 'class') return null;
  const group = byCode.get(cls.parent ?? '');
  const division = byCode.get(group?.parent ?? '');
  const section = byCode.get(division?.parent ?? '');
  if (!group || !division || !section) return null;
  return {
    classCode: cls.code,
    className: cls.name,
    groupCode: group.code,
    groupName: group.name,
    divisionCode: division.code,
    divisionName: division.name,
    sectionCode: section.code,
    sectionName: section.name,
  };
}

/** Class codes under a section letter or a division (2 digits). */
export function classCodesUnder(code: string): string[] {
  return load()
    .entries.filter(
      (e) =>
        e.level === 'class' &&
        industryPath(e.code)?.[code.length === 1 ? 'sectionCode' : 'divisionCode'] === code,
    )
    .map((e) => e.code);
}

/** The name of a 大类 (two-digit division code), or null if unknown. */
export function industryDivisionName(divisionCode: string): string | null {
  const entry = load().byCode.get(divisionCode);
  return entry?.level === 'division' ? entry.name : null;
}
