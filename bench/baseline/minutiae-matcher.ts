/**
 * BASELINE ONLY - a plaintext, variable-length minutiae matcher to compare the fixed-length
 * encrypted representation with. It never runs under encryption, is not part of the package, and
 * is nobody's product: our own code from the published ideas, tuned only lightly (on FVC2002 B).
 *
 * Method ("local structures + consolidation"):
 *   1. Local structures: a Minutia Cylinder-Code with validity masks (Cappelli, Ferrara, Maltoni,
 *      "Minutia Cylinder-Code: a new representation and matching technique for fingerprint
 *      recognition", IEEE TPAMI 32(12), 2010, sections 3-4): a disc of radius 70 px around each
 *      minutia in its own frame, 8 x 8 cells x 6 direction bins, spatial sigma 28/3 px, direction
 *      sigma 2 pi / 9, sigmoid saturation (mu 0.01, tau 400). A cell is valid when it lies inside
 *      the disc and within 50 px of the convex hull of the print's minutiae; a cylinder is valid
 *      with >= 60% valid cells and >= 2 neighbours.
 *   2. Local similarity (MCC eq. 9): on the cells valid in both cylinders (>= 60% of the disc),
 *      1 - ||a - b|| / (||a|| + ||b||); zero when the minutiae directions differ by > 90 degrees.
 *   3. Consolidation (in the spirit of MCC's LSS-R relaxation and of Jiang and Yau's
 *      "Fingerprint minutiae matching based on the local and global structures", ICPR 2000): each
 *      of the 8 most similar local pairs proposes a rigid alignment (rotation from the two
 *      directions, translation from the two positions); under it, local pairs are taken greedily
 *      by similarity, one-to-one, when the aligned positions are within 16 px and the directions
 *      within 30 degrees. The score of a hypothesis is the sum of the similarities it accepts;
 *      the match score is the best hypothesis's sum divided by nP, where nP = 4 + round(8 *
 *      sigmoid((min(nA, nB) - 20) * 2/5)) (MCC's adaptive number of pairs), so scores are
 *      comparable between prints with few and many minutiae.
 *
 * Cost: O(nA nB L) for the local similarities (L = 312), plus O(H nA nB) for the consolidation;
 * about 1 ms per pair of 50-minutia prints.
 */

export interface BaselineMinutia {
  /** Pixels, image x to the right. */
  x: number;
  /** Pixels, y UP (callers flip ISO's top-left origin: y = -y_iso). */
  y: number;
  /** Direction in radians, counter-clockwise in the y-up frame. */
  theta: number;
}

/** Precomputed local structures of one print (compute once per print, match many times). */
export interface BaselineTemplate {
  readonly minutiae: readonly BaselineMinutia[];
  /** One cylinder per minutia (cells x dirBins), or null when invalid. */
  readonly cylinders: readonly (Float32Array | null)[];
  /** Per cylinder, validity of each cell (1 valid). */
  readonly masks: readonly (Uint8Array | null)[];
}

const R = 70;
const NS = 8;
const ND = 6;
const SIGMA_S = 28 / 3;
const SIGMA_D = (2 * Math.PI) / 9;
const MU_PSI = 0.01;
const TAU_PSI = 400;
const HULL_MARGIN = 50;
const MIN_VALID_CELLS = 0.6;
const MIN_NEIGHBOURS = 2;
const MIN_OVERLAP = 0.6;
const HYPOTHESES = 8;
const DIST_TOL = 16;
const ANGLE_TOL = (30 * Math.PI) / 180;
const TAU = 2 * Math.PI;

const CELL = (2 * R) / NS;
const CELLS: { x: number; y: number }[] = [];
for (let a = 0; a < NS; a++) {
  for (let b = 0; b < NS; b++) {
    const x = -R + (a + 0.5) * CELL;
    const y = -R + (b + 0.5) * CELL;
    if (Math.hypot(x, y) <= R) CELLS.push({ x, y });
  }
}
const NC = CELLS.length;

function angleDiff(a: number, b: number): number {
  let d = (a - b) % TAU;
  if (d < -Math.PI) d += TAU;
  if (d >= Math.PI) d -= TAU;
  return d;
}

/** Convex hull (Andrew's monotone chain), counter-clockwise. */
function convexHull(points: readonly { x: number; y: number }[]): { x: number; y: number }[] {
  const p = [...points].sort((a, b) => a.x - b.x || a.y - b.y);
  if (p.length < 3) return p;
  const cross = (o: { x: number; y: number }, a: { x: number; y: number }, b: { x: number; y: number }) => (a.x - o.x) * (b.y - o.y) - (a.y - o.y) * (b.x - o.x);
  const lower: { x: number; y: number }[] = [];
  for (const q of p) {
    while (lower.length >= 2 && cross(lower[lower.length - 2]!, lower[lower.length - 1]!, q) <= 0) lower.pop();
    lower.push(q);
  }
  const upper: { x: number; y: number }[] = [];
  for (let i = p.length - 1; i >= 0; i--) {
    const q = p[i]!;
    while (upper.length >= 2 && cross(upper[upper.length - 2]!, upper[upper.length - 1]!, q) <= 0) upper.pop();
    upper.push(q);
  }
  return [...lower.slice(0, -1), ...upper.slice(0, -1)];
}

/** Distance from a point to a convex polygon (0 inside). */
function distanceToHull(hull: readonly { x: number; y: number }[], x: number, y: number): number {
  if (hull.length === 0) return Infinity;
  if (hull.length === 1) return Math.hypot(x - hull[0]!.x, y - hull[0]!.y);
  let inside = hull.length >= 3;
  let best = Infinity;
  for (let i = 0; i < hull.length; i++) {
    const a = hull[i]!;
    const b = hull[(i + 1) % hull.length]!;
    const ex = b.x - a.x;
    const ey = b.y - a.y;
    if (ex * (y - a.y) - ey * (x - a.x) < 0) inside = false;
    const len2 = ex * ex + ey * ey;
    const t = len2 > 0 ? Math.max(0, Math.min(1, ((x - a.x) * ex + (y - a.y) * ey) / len2)) : 0;
    best = Math.min(best, Math.hypot(x - a.x - t * ex, y - a.y - t * ey));
  }
  return inside ? 0 : best;
}

/** Local structures of one print. */
export function baselineTemplate(minutiae: readonly BaselineMinutia[]): BaselineTemplate {
  const hull = convexHull(minutiae);
  const cylinders: (Float32Array | null)[] = [];
  const masks: (Uint8Array | null)[] = [];
  const reach2 = (R + 3 * SIGMA_S) ** 2;
  const inv2s = 1 / (2 * SIGMA_S * SIGMA_S);
  const inv2d = 1 / (2 * SIGMA_D * SIGMA_D);
  const gsNorm = 1 / (SIGMA_S * Math.sqrt(TAU));
  for (const m of minutiae) {
    const cos = Math.cos(m.theta);
    const sin = Math.sin(m.theta);
    const mask = new Uint8Array(NC);
    let valid = 0;
    for (let c = 0; c < NC; c++) {
      const { x: u, y: v } = CELLS[c]!;
      // cell centre back in image coordinates
      const x = m.x + cos * u - sin * v;
      const y = m.y + sin * u + cos * v;
      if (distanceToHull(hull, x, y) <= HULL_MARGIN) {
        mask[c] = 1;
        valid++;
      }
    }
    const nb: { u: number; v: number; dt: number }[] = [];
    for (const q of minutiae) {
      if (q === m) continue;
      const dx = q.x - m.x;
      const dy = q.y - m.y;
      if (dx * dx + dy * dy > reach2) continue;
      nb.push({ u: cos * dx + sin * dy, v: -sin * dx + cos * dy, dt: angleDiff(q.theta, m.theta) });
    }
    if (valid < MIN_VALID_CELLS * NC || nb.length < MIN_NEIGHBOURS) {
      cylinders.push(null);
      masks.push(null);
      continue;
    }
    const cyl = new Float32Array(NC * ND);
    for (let c = 0; c < NC; c++) {
      if (!mask[c]) continue;
      const { x: cu, y: cv } = CELLS[c]!;
      for (let k = 0; k < ND; k++) {
        const dk = -Math.PI + (k + 0.5) * (TAU / ND);
        let s = 0;
        for (const q of nb) {
          const d2 = (q.u - cu) ** 2 + (q.v - cv) ** 2;
          if (d2 > 9 * SIGMA_S * SIGMA_S) continue;
          const z = angleDiff(dk, q.dt);
          // spatial Gaussian density x directional contribution (the integral of a Gaussian over
          // one bin, approximated by its centre value times the bin width)
          s += gsNorm * Math.exp(-d2 * inv2s) * Math.exp(-z * z * inv2d) * (TAU / ND) / (SIGMA_D * Math.sqrt(TAU));
        }
        cyl[c * ND + k] = 1 / (1 + Math.exp(-TAU_PSI * (s - MU_PSI)));
      }
    }
    cylinders.push(cyl);
    masks.push(mask);
  }
  return { minutiae, cylinders, masks };
}

/** MCC local similarity of two cylinders (0 when too little common valid area). */
function localSimilarity(a: Float32Array, ma: Uint8Array, b: Float32Array, mb: Uint8Array): number {
  let common = 0;
  let na = 0;
  let nb = 0;
  let nd = 0;
  for (let c = 0; c < NC; c++) {
    if (!ma[c] || !mb[c]) continue;
    common++;
    const o = c * ND;
    for (let k = 0; k < ND; k++) {
      const x = a[o + k]!;
      const y = b[o + k]!;
      na += x * x;
      nb += y * y;
      nd += (x - y) * (x - y);
    }
  }
  if (common < MIN_OVERLAP * NC) return 0;
  const den = Math.sqrt(na) + Math.sqrt(nb);
  return den > 0 ? 1 - Math.sqrt(nd) / den : 0;
}

function pairsToUse(n: number): number {
  return 4 + Math.round(8 / (1 + Math.exp(-(n - 20) * 0.4)));
}

/** Match score of two prints (symmetric up to floating point; higher = more similar). */
export function baselineScore(A: BaselineTemplate, B: BaselineTemplate): number {
  const nA = A.minutiae.length;
  const nB = B.minutiae.length;
  const local: { i: number; j: number; s: number }[] = [];
  for (let i = 0; i < nA; i++) {
    const ca = A.cylinders[i];
    if (!ca) continue;
    const ta = A.minutiae[i]!.theta;
    for (let j = 0; j < nB; j++) {
      const cb = B.cylinders[j];
      if (!cb) continue;
      if (Math.abs(angleDiff(ta, B.minutiae[j]!.theta)) > Math.PI / 2) continue;
      const s = localSimilarity(ca, A.masks[i]!, cb, B.masks[j]!);
      if (s > 0) local.push({ i, j, s });
    }
  }
  if (local.length === 0) return 0;
  local.sort((p, q) => q.s - p.s || p.i - q.i || p.j - q.j);
  const usedA = new Uint8Array(nA);
  const usedB = new Uint8Array(nB);
  let best = 0;
  for (let h = 0; h < Math.min(HYPOTHESES, local.length); h++) {
    const { i: hi, j: hj } = local[h]!;
    const a0 = A.minutiae[hi]!;
    const b0 = B.minutiae[hj]!;
    const rot = angleDiff(b0.theta, a0.theta);
    const cr = Math.cos(rot);
    const sr = Math.sin(rot);
    usedA.fill(0);
    usedB.fill(0);
    let sum = 0;
    for (const { i, j, s } of local) {
      if (usedA[i] || usedB[j]) continue;
      const a = A.minutiae[i]!;
      const b = B.minutiae[j]!;
      // a in B's frame: rotate about a0 by rot, move a0 onto b0
      const dx = a.x - a0.x;
      const dy = a.y - a0.y;
      const x = b0.x + cr * dx - sr * dy;
      const y = b0.y + sr * dx + cr * dy;
      if ((x - b.x) ** 2 + (y - b.y) ** 2 > DIST_TOL * DIST_TOL) continue;
      if (Math.abs(angleDiff(a.theta + rot, b.theta)) > ANGLE_TOL) continue;
      usedA[i] = 1;
      usedB[j] = 1;
      sum += s;
    }
    if (sum > best) best = sum;
  }
  return best / pairsToUse(Math.min(nA, nB));
}
