import type { ComponentType } from 'react';
import type { Enterprise, EnterpriseFile } from '@kaifaqu/contracts';

/** One section another module adds to 一企一档, as the server sends it. */
export type EnterpriseFileSectionData = EnterpriseFile['sections'][number];

/** Props every section renderer receives: the section (its `data` is the module's own shape) and the enterprise. */
export interface EnterpriseFileSectionViewProps {
  section: EnterpriseFileSectionData;
  enterprise: Enterprise;
}

const views = new Map<string, ComponentType<EnterpriseFileSectionViewProps>>();

/**
 * Registers how a section of 一企一档 renders, keyed like the server's `registerEnterpriseFileSection`.
 * A later module calls this once from its own feature folder (e.g. at module load of its `file-section.tsx`,
 * imported by the router), so the registry page never needs to know that module.
 */
export function registerEnterpriseFileSectionView(
  key: string,
  component: ComponentType<EnterpriseFileSectionViewProps>,
): void {
  if (views.has(key)) throw new Error(`enterprise file section view ${key} registered twice`);
  views.set(key, component);
}

/** The renderer registered for a section key, or undefined (the page then shows a neutral placeholder). */
export function enterpriseFileSectionView(
  key: string,
): ComponentType<EnterpriseFileSectionViewProps> | undefined {
  return views.get(key);
}
