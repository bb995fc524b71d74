import './investment.tables.js';
import './investment-extras.tables.js';

/** Investment attraction (招商引资): investors (客商), agents, leads and activities. */
export { registerInvestmentRoutes } from './investment.routes.js';
export type {
  InvestorTable,
  InvestmentActivityTable,
  InvestmentAgentTable,
  InvestmentLeadTable,
} from './investment.tables.js';
