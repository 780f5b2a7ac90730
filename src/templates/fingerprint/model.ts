/**
 * Typed model of finger minutiae records in the five interchange formats sealmatch reads:
 *
 *   ISO/IEC 19794-2:2005, ISO/IEC 19794-2:2011, ANSI/INCITS 378-2004, ANSI/INCITS 378-2009
 *   and ANSI/INCITS 378-2009/AM 1.
 *
 * The model is lossless: every bit of a record that `parseMinutiaeRecord` accepts lands in a
 * field, so `serializeMinutiaeRecord(parseMinutiaeRecord(b))` equals `b` byte for byte. Bits the
 * standards reserve (and a parser could not keep) make the record malformed instead.
 *
 * Numbers are the raw codes of the format (finger position, impression type, quality...);
 * `codes.ts` names them. Coordinates are pixels from the top-left corner; resolutions are pixels
 * per centimetre (197 ≈ 500 dpi) as in all five standards.
 */

export type MinutiaeFormat =
  | 'iso19794-2:2005'
  | 'iso19794-2:2011'
  | 'ansi378-2004'
  | 'ansi378-2009'
  | 'ansi378-2009am1';

/** Every format this module reads and writes. */
export const MINUTIAE_FORMATS: readonly MinutiaeFormat[] = [
  'iso19794-2:2005',
  'iso19794-2:2011',
  'ansi378-2004',
  'ansi378-2009',
  'ansi378-2009am1',
];

/** Records above this size are refused before any field is read (typical ones are well under 10 KiB). */
export const MAX_RECORD_BYTES = 1 << 20;

/** The minutiae count of a view is one byte in every format. */
export const MAX_MINUTIAE_PER_VIEW = 255;

/**
 * Type code in the top two bits of the x field: 0 'other' (ANSI 378-2009: "ridge ending or
 * bifurcation"), 1 'ending', 2 'bifurcation'. Code 3 is reserved and makes a record malformed.
 */
export type MinutiaType = 'ending' | 'bifurcation' | 'other';

export interface Minutia {
  /** Kind of minutia, from the type code in the top two bits of the x field. */
  type: MinutiaType;
  /** 14-bit pixel coordinates, strictly inside the image. */
  x: number;
  /** 14-bit pixel row from the top edge, strictly inside the image height. */
  y: number;
  /**
   * Raw angle as stored: ISO units of 360/256 degrees (0..255); ANSI units of 2 degrees (0..179;
   * ANSI 378-2004 records up to 255 are accepted because the standard's own example uses them).
   * Serialization writes this field.
   */
  angle: number;
  /** `angle` converted to degrees, normalized to [0, 360). Derived; ignored by serialization. */
  angleDegrees: number;
  /** 0..100 (255/254 special in the 2009/2011 editions); null only when an ISO 2011 view omits it. */
  quality: number | null;
}

/**
 * One extended data block, kept raw for byte-exact round trip. Types 1 (ridge counts), 2 (cores and
 * deltas) and 3 (zonal quality, ISO only) are standard; `extended-data.ts` decodes 1 and 2.
 */
export interface ExtendedDataBlock {
  /** Extended data type code (u16): 1 ridge counts, 2 cores and deltas, 3 zonal quality; others are vendor-defined. */
  type: number;
  /** The block's bytes after its 4-byte header, kept raw. */
  data: Uint8Array;
}

interface FingerViewCommon {
  /** Finger position code (0 unknown, 1..10 right thumb .. left little; see codes.ts). */
  position: number;
  /** View number telling impressions of the same finger apart (4 bits in the compact views, one byte in the 2009/2011 editions). */
  viewNumber: number;
  /** Impression type code (0 live-scan plain, 1 live-scan rolled, ...; table differs by format). */
  impressionType: number;
  /** The view's minutiae in record order (at most 255). */
  minutiae: Minutia[];
  /** Extended data blocks in record order (empty when the view has none). */
  extendedData: ExtendedDataBlock[];
}

/** Finger view of ISO 19794-2:2005 and ANSI 378-2004: image geometry lives in the record header. */
export interface CompactFingerView extends FingerViewCommon {
  /** viewNumber and impressionType share one byte here: both are 4-bit. */
  quality: number;
}

/** Finger view of ANSI 378-2009 and 2009/AM 1: each view carries its own image geometry. */
export interface Ansi2009FingerView extends FingerViewCommon {
  /** Finger quality as stored (u8): 0..100, or the standard's special codes 254 / 255 (no value, failed). */
  quality: number;
  /** IBIA-registered owner of the quality algorithm. */
  qualityAlgorithmVendorId: number;
  /** Vendor's id of the quality algorithm (u16). */
  qualityAlgorithmId: number;
  /** Image width in pixels (u16); minutiae x lie below it. */
  width: number;
  /** Image height in pixels (u16); minutiae y lie below it. */
  height: number;
  /** Horizontal resolution in pixels per centimetre (197 ≈ 500 dpi). */
  resolutionX: number;
  /** Vertical resolution in pixels per centimetre (197 ≈ 500 dpi). */
  resolutionY: number;
}

/** ISO/IEC 19794-1:2011 capture date and time; all-ones fields mean "not given". */
export interface CaptureDateTime {
  /** Year, four digits (u16; 0xFFFF: not given). */
  year: number;
  /** Month 1..12 (0xFF: not given). */
  month: number;
  /** Day of the month 1..31 (0xFF: not given). */
  day: number;
  /** Hour 0..23, UTC (0xFF: not given). */
  hour: number;
  /** Minute 0..59 (0xFF: not given). */
  minute: number;
  /** Second 0..59 (0xFF: not given). */
  second: number;
  /** Millisecond 0..999 (u16; 0xFFFF: not given). */
  millisecond: number;
}

export interface QualityRecord {
  /** 0..100, 255 = failed to compute. */
  score: number;
  /** IBIA-registered owner of the quality algorithm (u16). */
  algorithmVendorId: number;
  /** That vendor's id of the quality algorithm (u16). */
  algorithmId: number;
}

export interface CertificationRecord {
  /** IBIA-registered id of the certification authority (u16). */
  authorityId: number;
  /** The authority's certification scheme id (u8). */
  schemeId: number;
}

/** Finger view of ISO 19794-2:2011: a 19794-1 "representation" with its own header. */
export interface Iso2011FingerView extends FingerViewCommon {
  /** When the finger was captured (ISO/IEC 19794-1:2011 date-time). */
  captureDateTime: CaptureDateTime;
  /** Capture device technology identifier (0 unknown, 1 white light optical TIR, ...). */
  captureDeviceTechnology: number;
  /** IBIA-registered vendor of the capture device (u16; 0 unknown). */
  captureDeviceVendorId: number;
  /** That vendor's capture device type (u16; 0 unknown). */
  captureDeviceTypeId: number;
  /** Quality scores of the view, one per algorithm that rated it (may be empty). */
  qualityRecords: QualityRecord[];
  /** Present only when the record's certification flag is set; must be empty otherwise. */
  certificationRecords: CertificationRecord[];
  /** Image width in pixels (u16); minutiae x lie below it. */
  width: number;
  /** Image height in pixels (u16); minutiae y lie below it. */
  height: number;
  /** Horizontal resolution in pixels per centimetre (197 ≈ 500 dpi). */
  resolutionX: number;
  /** Vertical resolution in pixels per centimetre (197 ≈ 500 dpi). */
  resolutionY: number;
  /** 0: ridge ending at the valley skeleton bifurcation; 1: at the ridge skeleton end point. */
  ridgeEndingType: number;
  /** Minutiae are 6 bytes with quality (true) or 5 bytes without (false, quality null). */
  minutiaQualityPresent: boolean;
}

/**
 * Parse options. `lenientHeader` tolerates exactly the two header defects of the standards' own
 * example records, and nothing after the header:
 *   - version "020\0" in place of " 20\0" (ANSI 378-2004 example), kept in `version`;
 *   - a record length field that disagrees with the record's size (the ANSI 378-2004 example
 *     declares 340 bytes for 342, the ANSI 378-2009 example 363 for 364), kept in `declaredLength`.
 * The structure must still end exactly at the end of the bytes. Off by default.
 */
export interface ParseOptions {
  /** Accept the two header defects of the standards' example records (above); off by default. */
  lenientHeader?: boolean;
}

interface RecordCommon {
  /**
   * The record length field as found, present only when it disagreed with the record's size
   * (accepted under `lenientHeader` only). Serialization writes it verbatim instead of the size.
   */
  declaredLength?: number;
}

/**
 * Version field of the 2004/2005 family. `'020'` is in neither standard; ANSI 378-2004's own
 * example record carries it (accepted under `lenientHeader`).
 */
export type LegacyVersion = ' 20' | '020';

/**
 * The record header fields that ISO 19794-2:2005 and ANSI 378-2004 share, in this order on the wire
 * (after ANSI's product identifier), and the compact finger views that follow them.
 */
export interface CompactRecordBody {
  /** Capture equipment compliance, 4 bits (top bit: certified to Appendix F of CJIS-RS-0010, the IAFIS image quality spec). */
  equipmentCompliance: number;
  /** Capture equipment (device type) id, 12 bits. */
  equipmentId: number;
  /** Image width in pixels (u16), shared by every view; every minutia's x is below it. */
  width: number;
  /** Image height in pixels (u16), shared by every view; every minutia's y is below it. */
  height: number;
  /** Horizontal resolution in pixels per centimetre (197 ≈ 500 dpi). */
  resolutionX: number;
  /** Vertical resolution in pixels per centimetre (197 ≈ 500 dpi). */
  resolutionY: number;
  /** Finger views in record order. */
  views: CompactFingerView[];
}

export interface Iso2005Record extends RecordCommon, CompactRecordBody {
  /** Which standard the record follows. */
  format: 'iso19794-2:2005';
  /** Version field as found (" 20", or "020" under `lenientHeader`). */
  version: LegacyVersion;
}

export interface Ansi2004Record extends RecordCommon, CompactRecordBody {
  /** Which standard the record follows. */
  format: 'ansi378-2004';
  /** Version field as found (" 20", or "020" under `lenientHeader`). */
  version: LegacyVersion;
  /** CBEFF product identifier: owner (IBIA vendor id) and product type (vendor subformat). */
  productOwner: number;
  /** CBEFF product type: the owner's own subformat code (u16). */
  productType: number;
}

export interface Ansi2009Record extends RecordCommon {
  /** Which edition the record follows (version "030" or "035" for AM 1). */
  format: 'ansi378-2009' | 'ansi378-2009am1';
  /** CBEFF product owner: IBIA-registered vendor id (u16). */
  productOwner: number;
  /** CBEFF product type: the owner's own subformat code (u16). */
  productType: number;
  /** One byte here (top bit: certified); 4 bits in the 2004 edition. */
  equipmentCompliance: number;
  /** 16 bits here; 12 bits in the 2004 edition. */
  equipmentId: number;
  /** Finger views in record order (AM 1: at least one). */
  views: Ansi2009FingerView[];
}

export interface Iso2011Record extends RecordCommon {
  /** Which standard the record follows. */
  format: 'iso19794-2:2011';
  /** Certification flag of the general header: when set every view carries a certification block. */
  certificationFlag: boolean;
  /** Finger views (19794-1 representations) in record order. */
  views: Iso2011FingerView[];
}

export type MinutiaeRecord = Iso2005Record | Ansi2004Record | Ansi2009Record | Iso2011Record;

export type FingerView = MinutiaeRecord['views'][number];
