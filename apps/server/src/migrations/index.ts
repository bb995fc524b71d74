import type { Migration } from 'kysely';
import * as platform from './2026-11-22T0300-platform.js';
import * as enterprises from './2026-11-22T0400-enterprises.js';
import * as todos from './2026-11-22T0500-todos.js';
import * as indicators from './2026-11-22T0600-indicators.js';
import * as reporting from './2026-11-22T0700-reporting.js';
import * as targets from './2026-11-22T0800-targets.js';
import * as investment from './2026-12-02T0900-investment.js';
import * as investmentExtras from './2026-12-02T0910-investment-extras.js';
import * as projectScheduling from './2026-12-02T0920-project-scheduling.js';
import * as safety from './2026-12-02T1000-safety.js';
import * as inspectionChecklists from './2026-12-02T1010-inspection-checklists.js';
import * as hazardRectification from './2026-12-02T1020-hazard-rectification.js';
import * as environment from './2026-12-02T1030-environment.js';

/** Every migration, in order. Files are frozen once merged; add new ones at the end. */
export const migrations: Record<string, Migration> = {
  '2026-11-22T0300-platform': platform,
  '2026-11-22T0400-enterprises': enterprises,
  '2026-11-22T0500-todos': todos,
  '2026-11-22T0600-indicators': indicators,
  '2026-11-22T0700-reporting': reporting,
  '2026-11-22T0800-targets': targets,
  '2026-12-02T0900-investment': investment,
  '2026-12-02T0910-investment-extras': investmentExtras,
  '2026-12-02T0920-project-scheduling': projectScheduling,
  '2026-12-02T1000-safety': safety,
  '2026-12-02T1010-inspection-checklists': inspectionChecklists,
  '2026-12-02T1020-hazard-rectification': hazardRectification,
  '2026-12-02T1030-environment': environment,
};
