/**
 * Finger minutiae records: ISO/IEC 19794-2:2005 and 2011, ANSI/INCITS 378-2004, 2009 and
 * 2009/AM 1. Parse strictly, serialize byte-exactly, project to JSON for inspection.
 */
export type {
  Ansi2004Record,
  Ansi2009FingerView,
  Ansi2009Record,
  CaptureDateTime,
  CertificationRecord,
  CompactFingerView,
  ExtendedDataBlock,
  FingerView,
  Iso2005Record,
  Iso2011FingerView,
  Iso2011Record,
  LegacyVersion,
  Minutia,
  MinutiaType,
  MinutiaeFormat,
  MinutiaeRecord,
  ParseOptions,
  QualityRecord,
} from './model.js';
export { MAX_MINUTIAE_PER_VIEW, MAX_RECORD_BYTES, MINUTIAE_FORMATS } from './model.js';
export { detectMinutiaeFormat } from './detect.js';
export { parseMinutiaeRecord } from './parse.js';
export { serializeMinutiaeRecord } from './serialize.js';
export { recordToJson, type Json, type JsonObject } from './json.js';
export {
  CORE_DELTA_BLOCK,
  RIDGE_COUNT_BLOCK,
  ZONAL_QUALITY_BLOCK,
  decodeCoresAndDeltas,
  decodeRidgeCounts,
  type CoresAndDeltas,
  type RidgeCounts,
} from './extended-data.js';
export {
  angleToDegrees,
  captureDeviceTechnologyName,
  fingerPositionName,
  impressionTypeName,
  ridgeEndingTypeName,
} from './codes.js';
export { parseXyt, XYT_SENSOR_IMAGES, type XytImage } from './xyt.js';
