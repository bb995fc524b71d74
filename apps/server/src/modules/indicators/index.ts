import './indicators.tables.js';

/** The economic-indicators module's public face (catalogue so far; reporting and figures follow). */
export { registerIndicatorRoutes } from './indicators.routes.js';
export type { IndicatorTable } from './indicators.tables.js';
export * as figures from './figures/index.js';
