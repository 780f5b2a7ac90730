/**
 * Names for the numeric codes of minutiae records, and angle units. Names are for display (the
 * `inspect` JSON); the model keeps codes, because a code without a name (vendor use, a later
 * edition) is still a valid record.
 */
import type { MinutiaeFormat, MinutiaType } from './model.js';

/** Top two bits of a minutia's x field. Code 3 is reserved in every edition. */
export const MINUTIA_TYPE_BY_CODE: readonly MinutiaType[] = ['other', 'ending', 'bifurcation'];

/** The 2-bit code of a minutia type; -1 for a value outside MinutiaType. */
export function minutiaTypeCode(type: MinutiaType): number {
  return MINUTIA_TYPE_BY_CODE.indexOf(type);
}

/** True for the ANSI editions, whose angles are in 2-degree units. */
export function isAnsi(format: MinutiaeFormat): boolean {
  return format.startsWith('ansi');
}

/**
 * Degrees in [0, 360) of a raw angle: ISO/IEC 19794-2 units are 360/256 degrees, INCITS 378 units
 * 2 degrees. Counter-clockwise from the horizontal axis in both.
 */
export function angleToDegrees(format: MinutiaeFormat, raw: number): number {
  return isAnsi(format) ? (raw * 2) % 360 : (raw * 360) / 256;
}

/** Finger position codes shared by all editions (1..10), plus the multi-finger codes. */
const FINGER_POSITIONS: Readonly<Record<number, string>> = {
  0: 'unknown',
  1: 'right-thumb',
  2: 'right-index',
  3: 'right-middle',
  4: 'right-ring',
  5: 'right-little',
  6: 'left-thumb',
  7: 'left-index',
  8: 'left-middle',
  9: 'left-ring',
  10: 'left-little',
  13: 'right-index-to-little',
  14: 'left-index-to-little',
  15: 'both-thumbs',
  40: 'right-index-middle',
  41: 'right-middle-ring',
  42: 'right-ring-little',
  43: 'left-index-middle',
  44: 'left-middle-ring',
  45: 'left-ring-little',
  46: 'both-indexes',
  47: 'right-index-to-ring',
  48: 'right-middle-to-little',
  49: 'left-index-to-ring',
  50: 'left-middle-to-little',
};

/** Name of a finger position code, e.g. 7 -> 'left-index'; undefined for unassigned codes. */
export function fingerPositionName(code: number): string | undefined {
  return FINGER_POSITIONS[code];
}

const IMPRESSION_BASE: Readonly<Record<number, string>> = {
  0: 'live-plain',
  1: 'live-rolled',
  2: 'nonlive-plain',
  3: 'nonlive-rolled',
};

/** Impression type tables differ by edition; 9 is "contactless" in ANSI 2004 but "vertical roll" in ISO 2011. */
const IMPRESSION_TYPES: Readonly<Record<MinutiaeFormat, Readonly<Record<number, string>>>> = {
  'iso19794-2:2005': { ...IMPRESSION_BASE, 8: 'swipe' },
  'ansi378-2004': { ...IMPRESSION_BASE, 8: 'swipe', 9: 'live-contactless' },
  'iso19794-2:2011': {
    ...IMPRESSION_BASE,
    4: 'latent-impression',
    5: 'latent-tracing',
    6: 'latent-photo',
    7: 'latent-lift',
    8: 'swipe',
    9: 'vertical-roll',
    24: 'live-contactless',
    28: 'other',
    29: 'unknown',
  },
  'ansi378-2009': ansi2009Impressions(),
  'ansi378-2009am1': ansi2009Impressions(),
};

function ansi2009Impressions(): Record<number, string> {
  return {
    ...IMPRESSION_BASE,
    8: 'live-swipe',
    10: 'live-palm',
    11: 'nonlive-palm',
    20: 'live-optical-contact-plain',
    21: 'live-optical-contact-rolled',
    22: 'live-nonoptical-contact-plain',
    23: 'live-nonoptical-contact-rolled',
    24: 'live-optical-contactless-plain',
    25: 'live-optical-contactless-rolled',
    26: 'live-nonoptical-contactless-plain',
    27: 'live-nonoptical-contactless-rolled',
    28: 'other',
    29: 'unknown',
  };
}

/** Name of an impression type code in `format`'s table, e.g. 0 -> 'live-plain'. */
export function impressionTypeName(format: MinutiaeFormat, code: number): string | undefined {
  return IMPRESSION_TYPES[format][code];
}

/** ISO/IEC 19794-2:2011 capture device technology identifiers, by code. */
const CAPTURE_DEVICE_TECHNOLOGIES: readonly string[] = [
  'unknown',
  'optical-white-tir',
  'optical-white-direct',
  'optical-white-contactless',
  'optical-monochromatic-visible-tir',
  'optical-monochromatic-visible-direct',
  'optical-monochromatic-visible-contactless',
  'optical-monochromatic-infrared-tir',
  'optical-monochromatic-infrared-direct',
  'optical-monochromatic-infrared-contactless',
  'optical-multispectral-tir',
  'optical-multispectral-direct',
  'optical-multispectral-contactless',
  'electro-luminescent',
  'capacitive',
  'radio-frequency',
  'thermal',
  'pressure',
  'ultrasound',
  'mechanical',
  'glass-fiber',
];

/** Name of an ISO 2011 capture device technology code, e.g. 14 -> 'capacitive'. */
export function captureDeviceTechnologyName(code: number): string | undefined {
  return CAPTURE_DEVICE_TECHNOLOGIES[code];
}

const RIDGE_ENDING_TYPES: readonly string[] = ['valley-skeleton-bifurcation', 'ridge-skeleton-end-point'];

/** Name of an ISO 2011 ridge ending type code (0 or 1). */
export function ridgeEndingTypeName(code: number): string | undefined {
  return RIDGE_ENDING_TYPES[code];
}

const RIDGE_COUNT_METHODS: readonly string[] = ['non-specific', 'four-neighbour', 'eight-neighbour'];

/** Ridge count extraction method of extended data block type 1 (0 unspecified, 1 quadrants, 2 octants). */
export function ridgeCountMethodName(code: number): string | undefined {
  return RIDGE_COUNT_METHODS[code];
}
