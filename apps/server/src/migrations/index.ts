import type { Migration } from 'kysely';
import * as platform from './2026-11-22T0300-platform.js';
import * as enterprises from './2026-11-22T0400-enterprises.js';
import * as todos from './2026-11-22T0500-todos.js';
import * as indicators from './2026-11-22T0600-indicators.js';
import * as reporting from './2026-11-22T0700-reporting.js';
import * as targets from './2026-11-22T0800-targets.js';

/** Every migration, in order. Files are frozen once merged; add new ones at the end. */
export const migrations: Record<string, Migration> = {
  '2026-11-22T0300-platform': platform,
  '2026-11-22T0400-enterprises': enterprises,
  '2026-11-22T0500-todos': todos,
  '2026-11-22T0600-indicators': indicators,
  '2026-11-22T0700-reporting': reporting,
  '2026-11-22T0800-targets': targets,
};
