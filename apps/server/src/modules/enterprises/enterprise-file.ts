import type { DataScope } from '../../platform/auth/data-scope.js';
import type { AppContext } from '../../platform/context.js';

/**
 * The extension point of 一企一档: a later module (statistics, projects, hazards, requests,
 * leases) registers a section here from its own index.ts, and the enterprise file shows it,
 * without the registry module knowing that module.
 */
export interface EnterpriseFileSection {
  key: string;
  titleZh: string;
  titleEn: string;
  /** Loads the section's data for an enterprise the caller may see (already scope-checked). */
  load(ctx: AppContext, scope: DataScope, enterpriseId: string): Promise<unknown>;
}

const sections: EnterpriseFileSection[] = [];

/** Adds a section to every enterprise file. Keys are unique. */
export function registerEnterpriseFileSection(section: EnterpriseFileSection): void {
  if (sections.some((s) => s.key === section.key))
    throw new Error(`enterprise file section ${section.key} registered twice`);
  sections.push(section);
}

/** The sections registered so far, in registration order. */
export function enterpriseFileSections(): readonly EnterpriseFileSection[] {
  return sections;
}
