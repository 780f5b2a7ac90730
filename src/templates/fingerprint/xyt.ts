/**
 * NIST NBIS `mindtct` minutiae text (`.xyt`): one minutia per line, `x y theta quality`, four
 * decimal integers separated by blanks. Parsed into the same typed model the ISO/IEC 19794-2:2005
 * codec produces (an `Iso2005Record` with one finger view), so everything downstream
 * (`minutiaeToVector`, `serializeMinutiaeRecord`, the baseline matcher) takes it unchanged.
 *
 * Conventions (NBIS `lfs2nist_minutia_XYT` and `lfs2m1_minutia_XYT`, mindtct's own comments):
 *   - NBIS: origin bottom-left, y upward, y_nist = ih - y_lfs with y_lfs in [0, ih - 1], so
 *     y_nist lies in [1, ih]. ISO: origin top-left, y downward. Here y_iso = height - y_nist,
 *     which lands in [0, height - 1] exactly when the file came from an image `height` rows tall.
 *   - NBIS theta: degrees in [0, 360), 0 pointing east, counter-clockwise (as seen on the image),
 *     pointing "out and away from the ridge ending or bifurcation valley" - mindtct computes it as
 *     270 - d, where the M1 (ANSI 378) export of the same minutia is 90 - d (d: mindtct's internal
 *     direction). So the two differ by exactly 180 degrees. ISO 19794-2 angles are also
 *     counter-clockwise from east as seen on the image, and point the ANSI way; the y flip does
 *     not change a direction as seen on the image (both frames describe the same picture). Hence
 *     angleDegrees_iso = (theta + 180) mod 360, stored in ISO units of 360/256 degrees:
 *     angle = round(angleDegrees_iso * 256 / 360) mod 256 (at most 0.7 degrees of rounding;
 *     mindtct's own resolution is 11.25 degrees). `angleDegrees` is the ISO unit value converted
 *     back, so the record serializes to an ISO record that re-parses to the very same model.
 *   - Quality: mindtct writes reliability x 100, 0..100 (the same scale as ISO minutia quality);
 *     the fixed-length representation weighs each minutia by it (representation.ts minutiaWeight).
 *   - No minutia type is recorded: every minutia is 'other' (type code 0).
 *
 * Strict like the binary codecs: any line that is not exactly four integers in range, an empty
 * file or more minutiae than an ISO view holds (255) is `E_MALFORMED_RECORD` with the 1-based line
 * number in `details.line` and the field in `details.field`. Blank lines are ignored; CRLF line
 * ends are accepted.
 *
 * Security note: the text is not authenticated; this only guarantees a well-formed record.
 */
import { SealmatchError } from '../../errors.js';
import { angleToDegrees } from './codes.js';
import { MAX_MINUTIAE_PER_VIEW, MAX_RECORD_BYTES, type Iso2005Record, type Minutia } from './model.js';

/** Image geometry of an `.xyt` file's source image (needed for the y flip and range checks). */
export interface XytImage {
  /** Image width in pixels: x must be below it. */
  width: number;
  /** Image height in pixels: y_iso = height - y_nist. */
  height: number;
  /** Pixels per centimetre written into the record header (default 197, about 500 dpi). */
  resolution?: number;
}

/**
 * Image sizes of the collections in ../shared/data/fingerprint/neurotech (data README): U.are.U
 * 4000 326 x 357 px, CrossMatch Verifier 300 504 x 480 px, both 500 dpi. A larger size than the
 * real one only translates the minutiae (y_iso shifts by the difference), which the representation
 * and the baseline matcher do not see; a smaller one makes files malformed.
 */
export const XYT_SENSOR_IMAGES: Readonly<Record<'uareu' | 'crossmatch', XytImage>> = Object.freeze({
  uareu: Object.freeze({ width: 326, height: 357 }),
  crossmatch: Object.freeze({ width: 504, height: 480 }),
});

const INTEGER = /^[+-]?\d+$/;
const FIELDS = ['x', 'y', 'theta', 'quality'] as const;

/** `line` is 1-based; undefined for whole-file problems (size). */
function malformedLine(line: number | undefined, field: string, message: string): SealmatchError {
  const where = line === undefined ? 'xyt' : `xyt line ${line}`;
  return new SealmatchError('E_MALFORMED_RECORD', `${where}: ${field}: ${message}`, line === undefined ? { field } : { field, line });
}

function checkImage(image: XytImage): Required<XytImage> {
  const dim = (v: unknown, what: string, max: number): number => {
    if (typeof v !== 'number' || !Number.isInteger(v) || v < 1 || v > max) {
      throw new SealmatchError('E_INVALID_ARGUMENT', `xyt image ${what} must be an integer in 1..${max}, got ${String(v)}`);
    }
    return v;
  };
  if (image === null || typeof image !== 'object') throw new SealmatchError('E_INVALID_ARGUMENT', 'xyt image size {width, height} is required');
  return {
    width: dim(image.width, 'width', 0x3fff),
    height: dim(image.height, 'height', 0x3fff),
    resolution: image.resolution === undefined ? 197 : dim(image.resolution, 'resolution', 0xffff),
  };
}

/**
 * Parses NBIS `.xyt` text (string, or bytes of ASCII text) into a one-view ISO 19794-2:2005
 * record model. Invariant: `parseMinutiaeRecord(serializeMinutiaeRecord(r))` deep-equals `r`.
 *
 * @example
 *   const rec = parseXyt(readFileSync('012_1_1.xyt'), XYT_SENSOR_IMAGES.uareu);
 *   rec.views[0].minutiae[0]; // { type: 'other', x: 52, y: 185, angle: ..., quality: 15, ... }
 */
export function parseXyt(input: string | Uint8Array, image: XytImage): Iso2005Record {
  const geometry = checkImage(image);
  let text: string;
  if (typeof input === 'string') text = input;
  else if (input instanceof Uint8Array) {
    if (input.length > MAX_RECORD_BYTES) throw malformedLine(undefined, 'record', `${input.length} bytes exceeds the ${MAX_RECORD_BYTES}-byte limit`);
    text = new TextDecoder('latin1').decode(input);
  } else throw new SealmatchError('E_INVALID_ARGUMENT', 'xyt input must be a string or a Uint8Array');
  if (text.length > MAX_RECORD_BYTES) throw malformedLine(undefined, 'record', `${text.length} characters exceeds the ${MAX_RECORD_BYTES} limit`);
  // Printable ASCII, tab, CR and LF only: mindtct writes nothing else.
  let line = 1;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x0a) line++;
    else if (c > 0x7e || (c < 0x20 && c !== 0x09 && c !== 0x0d)) {
      throw malformedLine(line, 'record', `character U+${c.toString(16).padStart(4, '0')} at offset ${i} is not printable ASCII`);
    }
  }

  const minutiae: Minutia[] = [];
  const lines = text.split('\n');
  for (let n = 0; n < lines.length; n++) {
    const lineNo = n + 1;
    const raw = lines[n]!.replace(/\r$/, '');
    if (raw.trim() === '') continue;
    const fields = raw.trim().split(/[ \t]+/);
    if (fields.length !== 4) throw malformedLine(lineNo, 'line', `expected 4 fields (x y theta quality), got ${fields.length}`);
    const v = fields.map((f, i) => {
      if (!INTEGER.test(f)) throw malformedLine(lineNo, FIELDS[i]!, `"${f.slice(0, 20)}" is not a decimal integer`);
      return Number(f) + 0; // -0 -> 0
    }) as [number, number, number, number];
    const [x, y, theta, quality] = v;
    if (minutiae.length === MAX_MINUTIAE_PER_VIEW) {
      throw malformedLine(lineNo, 'minutiae', `more than ${MAX_MINUTIAE_PER_VIEW} minutiae (an ISO view holds at most ${MAX_MINUTIAE_PER_VIEW})`);
    }
    if (x < 0 || x >= geometry.width) throw malformedLine(lineNo, 'x', `${x} is not in 0..${geometry.width - 1} (image width ${geometry.width})`);
    if (y < 1 || y > geometry.height) throw malformedLine(lineNo, 'y', `${y} is not in 1..${geometry.height} (bottom-left origin, image height ${geometry.height})`);
    if (theta < 0 || theta >= 360) throw malformedLine(lineNo, 'theta', `${theta} is not in 0..359 degrees`);
    if (quality < 0 || quality > 100) throw malformedLine(lineNo, 'quality', `${quality} is not in 0..100`);
    const angle = Math.round((((theta + 180) % 360) * 256) / 360) % 256;
    minutiae.push({
      type: 'other',
      x,
      y: geometry.height - y,
      angle,
      angleDegrees: angleToDegrees('iso19794-2:2005', angle),
      quality,
    });
  }
  if (minutiae.length === 0) throw malformedLine(lines.length, 'minutiae', 'the file holds no minutia');
  return {
    format: 'iso19794-2:2005',
    version: ' 20',
    equipmentCompliance: 0,
    equipmentId: 0,
    width: geometry.width,
    height: geometry.height,
    resolutionX: geometry.resolution,
    resolutionY: geometry.resolution,
    views: [{ position: 0, viewNumber: 0, impressionType: 0, quality: 0, minutiae, extendedData: [] }],
  };
}
