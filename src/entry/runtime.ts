/**
 * @module
 * Imported first by every entry point of the package: refuses a Node.js older than 22 with one
 * line (node-seal 7 aborts there, `node:sqlite` does not exist) before any other module of
 * sealmatch runs. `node:sqlite` itself is loaded lazily (store/sqlite.ts), so nothing fails at
 * link time before this check can speak.
 */
import { SealmatchError } from '../errors.js';

/** The oldest Node.js major version sealmatch runs on (node-seal 7, `node:sqlite`). */
export const MIN_NODE_MAJOR = 22;

if (!(Number(process.versions.node.split('.')[0]) >= MIN_NODE_MAJOR)) {
  throw new SealmatchError('E_RUNTIME', `sealmatch needs Node.js >= ${MIN_NODE_MAJOR} (node-seal 7, node:sqlite); this is ${process.version}`);
}
