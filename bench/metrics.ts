/**
 * Verification error rates from genuine and impostor score lists (higher score = more similar;
 * decision: score >= threshold). Conventions follow ISO/IEC 19795-1: FMR = impostor pairs
 * accepted / impostor pairs, FNMR = genuine pairs rejected / genuine pairs.
 */

export interface ErrorRates {
  /** Equal error rate (midpoint of FMR and FNMR where they cross). */
  eer: number;
  eerThreshold: number;
  /** FNMR at the smallest threshold whose FMR <= target. */
  fnmrAtFmr: number;
  thresholdAtFmr: number;
  fmrTarget: number;
}

export function errorRates(genuine: number[], impostor: number[], fmrTarget: number): ErrorRates {
  const thresholds = [...new Set([...genuine, ...impostor])].sort((a, b) => a - b);
  const g = [...genuine].sort((a, b) => a - b);
  const im = [...impostor].sort((a, b) => a - b);
  // count of values < x in a sorted array
  const below = (arr: number[], x: number): number => {
    let lo = 0;
    let hi = arr.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (arr[mid]! < x) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
  let best = { gap: Infinity, eer: 1, thr: 0 };
  let atFmr: { fnmr: number; thr: number } | undefined;
  for (const thr of thresholds) {
    const fnmr = below(g, thr) / g.length;
    const fmr = (im.length - below(im, thr)) / im.length;
    const gap = Math.abs(fmr - fnmr);
    if (gap < best.gap) best = { gap, eer: (fmr + fnmr) / 2, thr };
    if (!atFmr && fmr <= fmrTarget) atFmr = { fnmr, thr };
  }
  atFmr ??= { fnmr: 1, thr: Infinity };
  return { eer: best.eer, eerThreshold: best.thr, fnmrAtFmr: atFmr.fnmr, thresholdAtFmr: atFmr.thr, fmrTarget };
}

/** FMR and FNMR at a fixed threshold (decision: score >= threshold). */
export function ratesAt(genuine: number[], impostor: number[], threshold: number): { fmr: number; fnmr: number } {
  const fnmr = genuine.filter((s) => s < threshold).length / genuine.length;
  const fmr = impostor.filter((s) => s >= threshold).length / impostor.length;
  return { fmr, fnmr };
}
