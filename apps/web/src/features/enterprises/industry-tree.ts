import type { Industry } from '@kaifaqu/contracts';

/** A node of the 门类 → 大类 cascader (the list filters by section or division). */
export interface IndustryCascaderOption {
  value: string;
  label: string;
  children?: IndustryCascaderOption[];
}

/** A node of the industry TreeSelect; only 小类 (classes) can be chosen. */
export interface IndustryTreeNode {
  value: string;
  title: string;
  selectable: boolean;
  children?: IndustryTreeNode[];
}

/** The GB/T 4754-2017 table arranged for pickers and lookups. */
export interface IndustryIndex {
  byCode: ReadonlyMap<string, Industry>;
  cascader: IndustryCascaderOption[];
  tree: IndustryTreeNode[];
}

/** `C 制造业` — the code keeps the label unambiguous and makes search by code work. */
function labelOf(industry: Industry): string {
  return `${industry.code} ${industry.name}`;
}

/** Builds the cascader (门类/大类) and the tree (down to 小类) from the flat table in one pass. */
export function buildIndustryIndex(industries: readonly Industry[]): IndustryIndex {
  const byCode = new Map(industries.map((i) => [i.code, i]));
  const children = new Map<string | null, Industry[]>();
  for (const industry of industries) {
    const siblings = children.get(industry.parent) ?? [];
    siblings.push(industry);
    children.set(industry.parent, siblings);
  }
  const treeOf = (parent: string | null): IndustryTreeNode[] =>
    (children.get(parent) ?? []).map((i) => {
      const below = i.level === 'class' ? [] : treeOf(i.code);
      return {
        value: i.code,
        title: labelOf(i),
        selectable: i.level === 'class',
        ...(below.length > 0 ? { children: below } : {}),
      };
    });
  const cascader = (children.get(null) ?? []).map((section) => ({
    value: section.code,
    label: labelOf(section),
    children: (children.get(section.code) ?? []).map((d) => ({ value: d.code, label: labelOf(d) })),
  }));
  return { byCode, cascader, tree: treeOf(null) };
}

/** `制造业 / 汽车制造业 / … / 汽车零部件及配件制造` for a class code, from its parents. */
export function industryPathText(index: IndustryIndex, classCode: string): string {
  const names: string[] = [];
  let node = index.byCode.get(classCode);
  while (node) {
    names.unshift(node.name);
    node = node.parent ? index.byCode.get(node.parent) : undefined;
  }
  return names.join(' / ');
}
