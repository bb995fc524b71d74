// Columns this module adds to the hub's investment_leads in migration 2026-12-02T0910 (optional
// here so that rows written by other modules need not name them).
declare module './investment.tables.js' {
  interface InvestmentLeadTable {
    /** Why the lead was given up (放弃原因). */
    drop_reason?: string | null;
    /** Shanghai date the lead was given up. */
    dropped_on?: string | null;
  }
}

export {};
