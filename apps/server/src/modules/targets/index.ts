import './targets.tables.js';
import { enterpriseTargetSource } from './enterprise-source.js';
import { registerTargetSource } from './target-sources.js';

/** The targets module's public face: its routes, and the registry other modules add their countable figures to. */
export { registerTargetSource, targetSources, type TargetSource } from './target-sources.js';
export { registerTargetRoutes } from './targets.routes.js';
export type { TargetTable } from './targets.tables.js';

// Registered once when the module loads; other modules register theirs from their own index.ts.
registerTargetSource(enterpriseTargetSource);
export { seedTargetsDemo } from './targets.seed.js';
