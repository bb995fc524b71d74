/** Pure indicator arithmetic: periods, cumulative ↔ monthly, comparable-basis growth, targets and their wording. */
export * from './amount.js';
export * from './periods.js';
export * from './cumulative.js';
export * from './comparable.js';
export * from './targets.js';
export * from './format.js';
