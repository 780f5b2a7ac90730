/**
 * The `sealmatch` entry point (common types, errors, presets): src/entry/index.ts. Each role is
 * its own entry point (package.json `exports`, src/entry/): a terminal build needs only
 * `sealmatch/terminal`, a matcher only `sealmatch/matcher`, the custodian `sealmatch/custodian`.
 */
export * from './entry/index.js';
