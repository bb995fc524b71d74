import './investment.tables.js';

/** Investment attraction (招商引资): investors (客商), agents, leads and activities. */
export { registerInvestmentRoutes } from './investment.routes.js';
export type { InvestorTable, InvestmentActivityTable, InvestmentLeadTable } from './investment.tables.js';
