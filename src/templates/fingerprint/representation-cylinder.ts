/**
 * Local minutia descriptors for the fixed-length fingerprint representation: a simplified
 * Minutia Cylinder-Code (Cappelli, Ferrara, Maltoni, "Minutia Cylinder-Code: a new representation
 * and matching technique for fingerprint recognition", IEEE TPAMI 32(12), 2010, section 3).
 *
 * For every minutia m the neighbours within `radius + 3 * sigmaS` are expressed in m's own frame
 * (origin at m, x axis along m's direction), so the descriptor is invariant to translation and
 * rotation of the finger by construction. A neighbour contributes a spatial Gaussian (sigmaS) to
 * each cell of an `cells x cells` grid clipped to the disc of `radius`, times a von Mises-like
 * Gaussian (sigmaD, radians) of its direction relative to m over `dirBins` direction bins. Cell
 * sums v go through the saturation 1 - exp(-v / saturation) (MCC's sigmoid plays the same role:
 * one or two neighbours in a cell count, ten do not count ten times), then each cylinder is
 * L2-normalized. A neighbour's contributions are scaled by its reliability weight (default 1), so
 * a doubtful minutia (low extractor quality: often a spurious one at the print border or in a
 * noisy region) barely changes the local structures around it. Differences with MCC: coarser grid (8x8 instead of 16x16), no validity mask (the
 * pooled representation cannot compare "valid in both" cells), no per-cylinder rejection.
 *
 * Cost: O(n * k * cells^2 * dirBins) for n minutiae with k neighbours each.
 */

/** A minutia in y-up image coordinates (ISO angles are counter-clockwise with y pointing up). */
export interface PlanarMinutia {
  x: number;
  y: number;
  /** Direction in radians, counter-clockwise. */
  theta: number;
  /**
   * Reliability weight in [0, 1] (default 1): scales this minutia's contribution to its
   * neighbours' cylinders (and, in representation.ts, its own cylinder's weight in the pooled
   * vector). From the minutia quality of the record (representation.ts `minutiaWeight`).
   */
  weight?: number;
}

export interface CylinderParams {
  /** Disc radius in pixels (MCC: 70 at 500 dpi). */
  readonly radius: number;
  /** Grid cells per side (the disc keeps the cells whose centre lies inside it). */
  readonly cells: number;
  /** Direction bins over 360 degrees. */
  readonly dirBins: number;
  /** Spatial Gaussian sigma, pixels. */
  readonly sigmaS: number;
  /** Directional Gaussian sigma, radians. */
  readonly sigmaD: number;
  /** Saturation constant of 1 - exp(-v / saturation). */
  readonly saturation: number;
}

const TAU = 2 * Math.PI;

/** Centres of the grid cells inside the disc, in the minutia's frame. */
export function cylinderCells(p: CylinderParams): Float64Array {
  const size = (2 * p.radius) / p.cells;
  const out: number[] = [];
  for (let a = 0; a < p.cells; a++) {
    for (let b = 0; b < p.cells; b++) {
      const x = -p.radius + (a + 0.5) * size;
      const y = -p.radius + (b + 0.5) * size;
      if (Math.hypot(x, y) <= p.radius) out.push(x, y);
    }
  }
  return Float64Array.from(out);
}

/** Descriptor length: cells inside the disc times direction bins. */
export function cylinderLength(p: CylinderParams): number {
  return (cylinderCells(p).length / 2) * p.dirBins;
}

/**
 * One unit-norm cylinder per minutia, in input order. A minutia with no neighbour in reach gets
 * `null` (its descriptor is all zeros and cannot be normalized); the caller decides what it
 * contributes. Invariant: translating or rotating every minutia (positions and directions
 * together) leaves every cylinder unchanged up to floating-point rounding.
 */
export function computeCylinders(minutiae: readonly PlanarMinutia[], p: CylinderParams): (Float64Array | null)[] {
  const cells = cylinderCells(p);
  const nCells = cells.length / 2;
  const len = nCells * p.dirBins;
  const reach = p.radius + 3 * p.sigmaS;
  const cut2 = 9 * p.sigmaS * p.sigmaS;
  const inv2s = 1 / (2 * p.sigmaS * p.sigmaS);
  const inv2d = 1 / (2 * p.sigmaD * p.sigmaD);
  const gd = new Float64Array(p.dirBins);
  const out: (Float64Array | null)[] = [];
  for (const m of minutiae) {
    const c = new Float64Array(len);
    const cos = Math.cos(m.theta);
    const sin = Math.sin(m.theta);
    let neighbours = 0;
    for (const q of minutiae) {
      if (q === m) continue;
      const dx = q.x - m.x;
      const dy = q.y - m.y;
      if (dx * dx + dy * dy > reach * reach) continue;
      neighbours++;
      const w = q.weight ?? 1;
      // q in m's frame: rotate by -theta.
      const u = cos * dx + sin * dy;
      const v = -sin * dx + cos * dy;
      let dt = (q.theta - m.theta) % TAU;
      if (dt < 0) dt += TAU;
      for (let k = 0; k < p.dirBins; k++) {
        let z = dt - ((k + 0.5) * TAU) / p.dirBins;
        z -= TAU * Math.round(z / TAU);
        gd[k] = Math.exp(-z * z * inv2d);
      }
      for (let ci = 0; ci < nCells; ci++) {
        const ex = cells[2 * ci]! - u;
        const ey = cells[2 * ci + 1]! - v;
        const d2 = ex * ex + ey * ey;
        if (d2 > cut2) continue;
        const gs = w * Math.exp(-d2 * inv2s);
        const off = ci * p.dirBins;
        for (let k = 0; k < p.dirBins; k++) c[off + k]! += gs * gd[k]!;
      }
    }
    if (neighbours === 0) {
      out.push(null);
      continue;
    }
    let sq = 0;
    for (let i = 0; i < len; i++) {
      const s = 1 - Math.exp(-c[i]! / p.saturation);
      c[i] = s;
      sq += s * s;
    }
    if (!(sq > 0)) {
      out.push(null);
      continue;
    }
    const inv = 1 / Math.sqrt(sq);
    for (let i = 0; i < len; i++) c[i]! *= inv;
    out.push(c);
  }
  return out;
}
