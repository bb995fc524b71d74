/** The organisation module's public face: zone, sub-parks, departments. */
import './organisation.tables.js';
export { registerOrganisationRoutes } from './organisation.routes.js';
export { getZone, zoneName, listSubParks, listDepartments } from './organisation.service.js';
export * as organisationRepository from './organisation.repository.js';
export type { ZoneTable, SubParkTable, DepartmentTable } from './organisation.tables.js';
export { seedOrganisationDemo, demoSubParks, demoDepartments } from './organisation.seed.js';
