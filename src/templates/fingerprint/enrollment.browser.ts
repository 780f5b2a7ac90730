/**
 * The browser bundle's stand-in for `enrollment.ts` (web/teller/build.ts resolves `./x.js` to a
 * `./x.browser.ts` sibling): the fingerprint representation's shipped background is ~1.7 MB of
 * source, which would multiply the terminal bundle's size by five for a path browser tellers do
 * not offer. `TerminalClient.enrollFinger` in a browser therefore refuses with E_RUNTIME; enroll
 * fingerprints from a Node desk (`sealmatch/terminal`), or compute the vector elsewhere and call
 * `prepareEnroll` with `modality: 'finger'`.
 */
import { SealmatchError } from '../../errors.js';
import type { MinutiaeRecord } from './model.js';
import type { RepresentationOptions } from './representation.js';

export function fingerEnrollmentVector(_records: readonly MinutiaeRecord[], _options: RepresentationOptions = {}): Float64Array {
  throw new SealmatchError('E_RUNTIME', 'fingerprint enrollment is not part of the browser bundle: enroll fingerprints from a Node desk (sealmatch/terminal)');
}
