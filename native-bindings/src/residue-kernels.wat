;; sealmatch residue kernels: RNS residue arithmetic for BGV ciphertexts in NTT form, written by
;; hand in WebAssembly text with 128-bit SIMD. Built by native-bindings/build.mjs (npm run
;; build:kernels). README.md beside this folder derives the bounds quoted below.
;;
;; Data model (SEAL's, see native/src/seal/ciphertext.h): a ciphertext of `size` polynomials at a
;; level with k primes q_0..q_{k-1} is size*k*N residues, poly-major, then prime, then coefficient:
;;     data[(poly*k + i)*N + c],   0 <= data < q_i,
;; stored here as little-endian u32 (SEAL stores u64 words; every prime is below 2^31). In NTT form
;; SEAL's BGV multiply and add are pointwise per prime (evaluator.cpp bgv_multiply,
;; polyarithsmallmod dyadic_product_coeffmod / add_poly_coeffmod), and both leave every residue
;; fully reduced in [0, q_i). These kernels do the same arithmetic and also return fully reduced
;; residues, so their output is bit-for-bit SEAL's.
;;
;; Calling convention: every pointer is a byte offset into the exported memory, 16-byte aligned;
;; N is a positive multiple of 4 (one v128 = 4 residues of one prime); k >= 1. Kernels do not
;; check ranges: the TypeScript wrapper (src/he/kernel/residue-kernel.ts) validates every region
;; before calling. Inputs outside [0, q_i) give unspecified (but memory-safe) results.
;;
;; Per-prime constant table, written by `prepare`, 32 bytes (8 x u32) per prime:
;;   +0  q        the prime, 2 <= q < 2^31
;;   +4  r32      2^32 mod q
;;   +8  r32s     floor(r32 * 2^32 / q)      (Shoup companion of r32)
;;   +12 m1       floor(2^32 / q)            (Shoup companion of 1)
;;   +16 foldMac  j-steps mulAccumulate may take between reductions (see $mulAccumulate)
;;   +20 foldDot  products one u64 lane of `dot` may sum between reductions
;;   +24 foldKara j-steps mulAccumulate sums between exact reductions (see $mulAccumulate)
;;   +28 karaMod  1 if mulAccumulate reduces its Karatsuba sums p0+p1, g0+g1 mod q before the
;;                multiply (the fold above then counts products below q^2), else 0
;;
;; Two primitives carry every reduction (both exact for any 2 <= q < 2^31):
;;   Shoup multiplication by a constant (V. Shoup, NTL; Harvey, "Faster arithmetic for
;;   number-theoretic transforms", 2014, sec. 2): for any x < 2^32, y < q, ys = floor(y 2^32 / q),
;;   x*y - floor(x*ys / 2^32)*q lies in [0, 2q) < 2^32, so it can be computed modulo 2^32 with
;;   i32x4.mul and no 64-bit product at all.
;;   Conditional subtraction: for x < 2q <= 2^32, min_u(x, x - q) = x mod q (if x < q, x - q wraps
;;   to x - q + 2^32 > x).
(module
  (memory (export "memory") 1)

  ;; ---------------------------------------------------------------------------------------------
  ;; Lane helpers. TurboFan inlines them into small callers (scale, add, axpy, dot, $reduce4) but
  ;; not into the large loops of tensor and mulAccumulate (node --trace-wasm-inlining: "not enough
  ;; inlining budget"), and a call there spills every live v128 (V8 has no callee-saved xmm). So
  ;; those two kernels carry $reduce4 written out inline; the copies must stay identical to it.

  ;; x mod q for x < 2q <= 2^32, lane-wise. Output in [0, q).
  (func $condsub (param $x v128) (param $q v128) (result v128)
    (i32x4.min_u (local.get $x) (i32x4.sub (local.get $x) (local.get $q))))

  ;; (x - y) mod q lane-wise for x, y in [0, q): x + (q - y) < 2q <= 2^32. Output in [0, q).
  (func $subq (param $x v128) (param $y v128) (param $q v128) (result v128)
    (call $condsub (i32x4.add (local.get $x) (i32x4.sub (local.get $q) (local.get $y))) (local.get $q)))

  ;; floor(x*y / 2^32) lane-wise for u32 lanes: the high words of the four 64-bit products.
  (func $mulhi (param $x v128) (param $y v128) (result v128)
    (i8x16.shuffle 4 5 6 7 12 13 14 15 20 21 22 23 28 29 30 31
      (i64x2.extmul_low_i32x4_u (local.get $x) (local.get $y))
      (i64x2.extmul_high_i32x4_u (local.get $x) (local.get $y))))

  ;; x*y mod q lane-wise, for any u32 x and a constant y < q with ys = floor(y 2^32 / q).
  ;; Output in [0, q).
  (func $shoup (param $x v128) (param $y v128) (param $ys v128) (param $q v128) (result v128)
    (call $condsub
      (i32x4.sub
        (i32x4.mul (local.get $x) (local.get $y))
        (i32x4.mul (call $mulhi (local.get $x) (local.get $ys)) (local.get $q)))
      (local.get $q)))

  ;; Full reduction of four u64 values mod q. $lo holds the values of coefficients c, c+1 and $hi
  ;; those of c+2, c+3 (the order i64x2.extmul_low / _high produce); the result is an i32x4 of the
  ;; four residues in coefficient order, each in [0, q). Exact for ANY u64 input:
  ;;   v = h*2^32 + l,  v mod q = (h * (2^32 mod q) + l) mod q,
  ;; and both h * r32 and l * 1 are Shoup products of a u32 by a constant below q.
  ;; Cost per 4 coefficients: 2 shuffles, 4 extmul, 3 i32x4.mul, 3 conditional subtractions.
  (func $reduce4 (param $lo v128) (param $hi v128)
                 (param $q v128) (param $r32 v128) (param $r32s v128) (param $m1 v128) (result v128)
    (local $h v128) (local $l v128) (local $a v128) (local $b v128)
    (local.set $h (i8x16.shuffle 4 5 6 7 12 13 14 15 20 21 22 23 28 29 30 31 (local.get $lo) (local.get $hi)))
    (local.set $l (i8x16.shuffle 0 1 2 3 8 9 10 11 16 17 18 19 24 25 26 27 (local.get $lo) (local.get $hi)))
    ;; a = h * 2^32 mod q, in [0, q)
    (local.set $a (call $shoup (local.get $h) (local.get $r32) (local.get $r32s) (local.get $q)))
    ;; b = l mod q, in [0, q): Shoup with y = 1 (1 < q since q >= 2)
    (local.set $b
      (call $condsub
        (i32x4.sub (local.get $l) (i32x4.mul (call $mulhi (local.get $l) (local.get $m1)) (local.get $q)))
        (local.get $q)))
    ;; a + b < 2q < 2^32
    (call $condsub (i32x4.add (local.get $a) (local.get $b)) (local.get $q)))

  ;; ---------------------------------------------------------------------------------------------
  ;; prepare(primesOff, k, constsOff) -> 0, or 1 + index of the first prime outside [2, 2^31).
  ;; Reads k u32 primes at primesOff, writes the 32-byte constant table above at constsOff.
  (func (export "prepare") (param $primesOff i32) (param $k i32) (param $constsOff i32) (result i32)
    (local $i i32) (local $q i64) (local $r32 i64) (local $sq i64) (local $p i32) (local $f i64)
    (block $done
      (loop $primes
        (br_if $done (i32.ge_u (local.get $i) (local.get $k)))
        (local.set $q (i64.load32_u (i32.add (local.get $primesOff) (i32.shl (local.get $i) (i32.const 2)))))
        (if (i32.or (i64.lt_u (local.get $q) (i64.const 2)) (i64.ge_u (local.get $q) (i64.const 0x80000000)))
          (then (return (i32.add (local.get $i) (i32.const 1)))))
        (local.set $p (i32.add (local.get $constsOff) (i32.shl (local.get $i) (i32.const 5))))
        (local.set $r32 (i64.rem_u (i64.const 0x100000000) (local.get $q)))
        ;; (q-1)^2 < 2^62: the largest product of two residues
        (local.set $sq (i64.mul (i64.sub (local.get $q) (i64.const 1)) (i64.sub (local.get $q) (i64.const 1))))
        (i32.store offset=0 (local.get $p) (i32.wrap_i64 (local.get $q)))
        (i32.store offset=4 (local.get $p) (i32.wrap_i64 (local.get $r32)))
        ;; r32 < q < 2^31, so r32 * 2^32 < 2^63 and the quotient is < 2^32
        (i32.store offset=8 (local.get $p)
          (i32.wrap_i64 (i64.div_u (i64.shl (local.get $r32) (i64.const 32)) (local.get $q))))
        ;; q >= 2, so floor(2^32 / q) <= 2^31
        (i32.store offset=12 (local.get $p) (i32.wrap_i64 (i64.div_u (i64.const 0x100000000) (local.get $q))))
        ;; foldMac: the largest R with (q-1) + 2R(q-1)^2 <= 2^64 - 1 (an accumulator restarts below q
        ;; after each reduction; the middle output gains two products per j). q < 2^30 gives R >= 8,
        ;; q < 2^31 gives R >= 2 (never 0); clamped to 2^30 so tiny q cannot overflow an i32 count.
        (local.set $f (i64.div_u (i64.sub (i64.const -1) (i64.sub (local.get $q) (i64.const 1)))
                                 (i64.shl (local.get $sq) (i64.const 1))))
        (if (i64.gt_u (local.get $f) (i64.const 0x40000000)) (then (local.set $f (i64.const 0x40000000))))
        (i32.store offset=16 (local.get $p) (i32.wrap_i64 (local.get $f)))
        ;; foldDot: the largest R with R(q-1)^2 <= 2^64 - 1; q < 2^31 gives R >= 4. Clamped to 2^30.
        (local.set $f (i64.div_u (i64.const -1) (local.get $sq)))
        (if (i64.gt_u (local.get $f) (i64.const 0x40000000)) (then (local.set $f (i64.const 0x40000000))))
        (i32.store offset=20 (local.get $p) (i32.wrap_i64 (local.get $f)))
        ;; foldKara, raw sums (karaMod = 0): the largest R with (q-1) + R(2q-2)^2 <= 2^64 - 1: the
        ;; Karatsuba middle sum of mulAccumulate gains one product of two sums below 2q per j.
        ;; q < 2^28 gives R >= 64, q < 2^30 gives R >= 4, q < 2^31 only R >= 1 ((2q-2)^2 + q - 1 < 2^64).
        (local.set $f (i64.div_u (i64.sub (i64.const -1) (i64.sub (local.get $q) (i64.const 1)))
                                 (i64.shl (local.get $sq) (i64.const 2))))
        (i32.store offset=28 (local.get $p) (i32.const 0))
        ;; Below R = 64 (q above 2^28) reduce the sums mod q first instead (karaMod = 1, two conditional
        ;; subtractions per j): every product is <= (q-1)^2, and foldKara is the largest R with
        ;; (q-1) + R(q-1)^2 <= 2^64 - 1. q < 2^31 gives R >= 4: with q - 1 <= 2^31 - 2,
        ;; 4(q-1)^2 + (q-1) <= 2^64 - 2^35 + 2^31 + 14 < 2^64 - 1; q < 2^30 gives R >= 16.
        ;; Where the switch pays (mulAccumulate, k=3, alternating rounds in one process, 2 shared
        ;; cores, 2026-12-02): 31-bit primes R 1 -> 4, ~1.9x (N=8192, d=518, bench/kernel-fold.ts);
        ;; at N=4096, d=512: 30-bit R 4 -> 16, 1.18-1.24x; 29-bit R 16 -> 64, 1.12x; 28-bit
        ;; R 64 -> 256 0-4% slower, so q < 2^28 (R >= 64, the sm1 1:N presets) keeps the raw sums.
        (if (i64.lt_u (local.get $f) (i64.const 64))
          (then
            (local.set $f (i64.div_u (i64.sub (i64.const -1) (i64.sub (local.get $q) (i64.const 1)))
                                     (local.get $sq)))
            (i32.store offset=28 (local.get $p) (i32.const 1))))
        ;; clamped to 2^30 so tiny q cannot overflow an i32 count
        (if (i64.gt_u (local.get $f) (i64.const 0x40000000)) (then (local.set $f (i64.const 0x40000000))))
        (i32.store offset=24 (local.get $p) (i32.wrap_i64 (local.get $f)))
        (local.set $i (i32.add (local.get $i) (i32.const 1)))
        (br $primes)))
    (i32.const 0))

  ;; ---------------------------------------------------------------------------------------------
  ;; tensor(aOff, bOff, outOff, k, N, constsOff)
  ;; a = (a0, a1), b = (b0, b1): size-2 ciphertexts (2*k*N residues each); out: size 3 (3*k*N).
  ;;   out0 = a0*b0, out1 = a0*b1 + a1*b0, out2 = a1*b1   (mod q_i, pointwise)
  ;; which is SEAL's bgv_multiply on NTT-form inputs. Inputs in [0, q_i); outputs in [0, q_i).
  ;; Bounds: each product < q^2 < 2^62, the out1 sum < 2^63: one u64 lane each, reduced by $reduce4.
  ;; out must not overlap a or b, except out == a or out == b exactly (every residue is read
  ;; before the one at the same position is written).
  (func (export "tensor") (param $a i32) (param $b i32) (param $out i32) (param $k i32) (param $n i32)
                          (param $consts i32)
    (local $i i32) (local $polyBytes i32) (local $primeBytes i32) (local $o i32) (local $end i32)
    (local $pa i32) (local $pb i32) (local $po i32)
    (local $q v128) (local $r32 v128) (local $r32s v128) (local $m1 v128)
    (local $x0 v128) (local $x1 v128) (local $y0 v128) (local $y1 v128)
    (local $lo v128) (local $hi v128) (local $h v128) (local $l v128) (local $ra v128) (local $rb v128)
    (local.set $primeBytes (i32.shl (local.get $n) (i32.const 2)))
    (local.set $polyBytes (i32.mul (local.get $k) (local.get $primeBytes)))
    (block $primesDone
      (loop $primes
        (br_if $primesDone (i32.ge_u (local.get $i) (local.get $k)))
        (local.set $q (v128.load32_splat offset=0 (local.get $consts)))
        (local.set $r32 (v128.load32_splat offset=4 (local.get $consts)))
        (local.set $r32s (v128.load32_splat offset=8 (local.get $consts)))
        (local.set $m1 (v128.load32_splat offset=12 (local.get $consts)))
        (local.set $o (i32.mul (local.get $i) (local.get $primeBytes)))
        (local.set $pa (i32.add (local.get $a) (local.get $o)))
        (local.set $pb (i32.add (local.get $b) (local.get $o)))
        (local.set $po (i32.add (local.get $out) (local.get $o)))
        (local.set $end (i32.add (local.get $pa) (local.get $primeBytes)))
        (block $coeffsDone
          (loop $coeffs
            (br_if $coeffsDone (i32.ge_u (local.get $pa) (local.get $end)))
            (local.set $x0 (v128.load (local.get $pa)))
            (local.set $x1 (v128.load (i32.add (local.get $pa) (local.get $polyBytes))))
            (local.set $y0 (v128.load (local.get $pb)))
            (local.set $y1 (v128.load (i32.add (local.get $pb) (local.get $polyBytes))))
            (local.set $lo (i64x2.extmul_low_i32x4_u (local.get $x0) (local.get $y0)))
            (local.set $hi (i64x2.extmul_high_i32x4_u (local.get $x0) (local.get $y0)))
            ;; reduce4 inlined (see $reduce4): ($lo, $hi) u64 lanes -> residues in [0, q)
            (local.set $h (i8x16.shuffle 4 5 6 7 12 13 14 15 20 21 22 23 28 29 30 31 (local.get $lo) (local.get $hi)))
            (local.set $l (i8x16.shuffle 0 1 2 3 8 9 10 11 16 17 18 19 24 25 26 27 (local.get $lo) (local.get $hi)))
            (local.set $ra (i32x4.sub (i32x4.mul (local.get $h) (local.get $r32))
              (i32x4.mul (i8x16.shuffle 4 5 6 7 12 13 14 15 20 21 22 23 28 29 30 31
                            (i64x2.extmul_low_i32x4_u (local.get $h) (local.get $r32s))
                            (i64x2.extmul_high_i32x4_u (local.get $h) (local.get $r32s)))
                         (local.get $q))))
            (local.set $rb (i32x4.sub (local.get $l)
              (i32x4.mul (i8x16.shuffle 4 5 6 7 12 13 14 15 20 21 22 23 28 29 30 31
                            (i64x2.extmul_low_i32x4_u (local.get $l) (local.get $m1))
                            (i64x2.extmul_high_i32x4_u (local.get $l) (local.get $m1)))
                         (local.get $q))))
            (local.set $ra (i32x4.min_u (local.get $ra) (i32x4.sub (local.get $ra) (local.get $q))))
            (local.set $rb (i32x4.min_u (local.get $rb) (i32x4.sub (local.get $rb) (local.get $q))))
            (local.set $ra (i32x4.add (local.get $ra) (local.get $rb)))
            (v128.store (local.get $po) (i32x4.min_u (local.get $ra) (i32x4.sub (local.get $ra) (local.get $q))))
            (local.set $lo (i64x2.add (i64x2.extmul_low_i32x4_u (local.get $x0) (local.get $y1))
                                      (i64x2.extmul_low_i32x4_u (local.get $x1) (local.get $y0))))
            (local.set $hi (i64x2.add (i64x2.extmul_high_i32x4_u (local.get $x0) (local.get $y1))
                                      (i64x2.extmul_high_i32x4_u (local.get $x1) (local.get $y0))))
            ;; reduce4 inlined (see $reduce4): ($lo, $hi) u64 lanes -> residues in [0, q)
            (local.set $h (i8x16.shuffle 4 5 6 7 12 13 14 15 20 21 22 23 28 29 30 31 (local.get $lo) (local.get $hi)))
            (local.set $l (i8x16.shuffle 0 1 2 3 8 9 10 11 16 17 18 19 24 25 26 27 (local.get $lo) (local.get $hi)))
            (local.set $ra (i32x4.sub (i32x4.mul (local.get $h) (local.get $r32))
              (i32x4.mul (i8x16.shuffle 4 5 6 7 12 13 14 15 20 21 22 23 28 29 30 31
                            (i64x2.extmul_low_i32x4_u (local.get $h) (local.get $r32s))
                            (i64x2.extmul_high_i32x4_u (local.get $h) (local.get $r32s)))
                         (local.get $q))))
            (local.set $rb (i32x4.sub (local.get $l)
              (i32x4.mul (i8x16.shuffle 4 5 6 7 12 13 14 15 20 21 22 23 28 29 30 31
                            (i64x2.extmul_low_i32x4_u (local.get $l) (local.get $m1))
                            (i64x2.extmul_high_i32x4_u (local.get $l) (local.get $m1)))
                         (local.get $q))))
            (local.set $ra (i32x4.min_u (local.get $ra) (i32x4.sub (local.get $ra) (local.get $q))))
            (local.set $rb (i32x4.min_u (local.get $rb) (i32x4.sub (local.get $rb) (local.get $q))))
            (local.set $ra (i32x4.add (local.get $ra) (local.get $rb)))
            (v128.store (i32.add (local.get $po) (local.get $polyBytes)) (i32x4.min_u (local.get $ra) (i32x4.sub (local.get $ra) (local.get $q))))
            (local.set $lo (i64x2.extmul_low_i32x4_u (local.get $x1) (local.get $y1)))
            (local.set $hi (i64x2.extmul_high_i32x4_u (local.get $x1) (local.get $y1)))
            ;; reduce4 inlined (see $reduce4): ($lo, $hi) u64 lanes -> residues in [0, q)
            (local.set $h (i8x16.shuffle 4 5 6 7 12 13 14 15 20 21 22 23 28 29 30 31 (local.get $lo) (local.get $hi)))
            (local.set $l (i8x16.shuffle 0 1 2 3 8 9 10 11 16 17 18 19 24 25 26 27 (local.get $lo) (local.get $hi)))
            (local.set $ra (i32x4.sub (i32x4.mul (local.get $h) (local.get $r32))
              (i32x4.mul (i8x16.shuffle 4 5 6 7 12 13 14 15 20 21 22 23 28 29 30 31
                            (i64x2.extmul_low_i32x4_u (local.get $h) (local.get $r32s))
                            (i64x2.extmul_high_i32x4_u (local.get $h) (local.get $r32s)))
                         (local.get $q))))
            (local.set $rb (i32x4.sub (local.get $l)
              (i32x4.mul (i8x16.shuffle 4 5 6 7 12 13 14 15 20 21 22 23 28 29 30 31
                            (i64x2.extmul_low_i32x4_u (local.get $l) (local.get $m1))
                            (i64x2.extmul_high_i32x4_u (local.get $l) (local.get $m1)))
                         (local.get $q))))
            (local.set $ra (i32x4.min_u (local.get $ra) (i32x4.sub (local.get $ra) (local.get $q))))
            (local.set $rb (i32x4.min_u (local.get $rb) (i32x4.sub (local.get $rb) (local.get $q))))
            (local.set $ra (i32x4.add (local.get $ra) (local.get $rb)))
            (v128.store (i32.add (local.get $po) (i32.shl (local.get $polyBytes) (i32.const 1))) (i32x4.min_u (local.get $ra) (i32x4.sub (local.get $ra) (local.get $q))))
            (local.set $pa (i32.add (local.get $pa) (i32.const 16)))
            (local.set $pb (i32.add (local.get $pb) (i32.const 16)))
            (local.set $po (i32.add (local.get $po) (i32.const 16)))
            (br $coeffs)))
        (local.set $consts (i32.add (local.get $consts) (i32.const 32)))
        (local.set $i (i32.add (local.get $i) (i32.const 1)))
        (br $primes))))

  ;; ---------------------------------------------------------------------------------------------
  ;; scale(xOff, size, k, N, factor, constsOff): x <- x * factor mod q_i, in place, for a
  ;; ciphertext of `size` polynomials. factor is any u32 (reduced mod q_i first, so factor < 2^31
  ;; as the matcher uses it is fine). Inputs in [0, q_i); outputs in [0, q_i). Shoup: no 64-bit
  ;; intermediate survives.
  (func (export "scale") (param $x i32) (param $size i32) (param $k i32) (param $n i32) (param $factor i32)
                         (param $consts i32)
    (local $poly i32) (local $i i32) (local $p i32) (local $end i32) (local $c i32) (local $qs i64)
    (local $f i64) (local $q v128) (local $vf v128) (local $vfs v128)
    (local.set $p (local.get $x))
    (block $polysDone
      (loop $polys
        (br_if $polysDone (i32.ge_u (local.get $poly) (local.get $size)))
        (local.set $i (i32.const 0))
        (local.set $c (local.get $consts))
        (block $primesDone
          (loop $primes
            (br_if $primesDone (i32.ge_u (local.get $i) (local.get $k)))
            (local.set $qs (i64.load32_u offset=0 (local.get $c)))
            (local.set $f (i64.rem_u (i64.extend_i32_u (local.get $factor)) (local.get $qs)))
            (local.set $q (i32x4.splat (i32.wrap_i64 (local.get $qs))))
            (local.set $vf (i32x4.splat (i32.wrap_i64 (local.get $f))))
            (local.set $vfs (i32x4.splat (i32.wrap_i64
              (i64.div_u (i64.shl (local.get $f) (i64.const 32)) (local.get $qs)))))
            (local.set $end (i32.add (local.get $p) (i32.shl (local.get $n) (i32.const 2))))
            (block $coeffsDone
              (loop $coeffs
                (br_if $coeffsDone (i32.ge_u (local.get $p) (local.get $end)))
                (v128.store (local.get $p)
                  (call $shoup (v128.load (local.get $p)) (local.get $vf) (local.get $vfs) (local.get $q)))
                (local.set $p (i32.add (local.get $p) (i32.const 16)))
                (br $coeffs)))
            (local.set $c (i32.add (local.get $c) (i32.const 32)))
            (local.set $i (i32.add (local.get $i) (i32.const 1)))
            (br $primes)))
        (local.set $poly (i32.add (local.get $poly) (i32.const 1)))
        (br $polys))))

  ;; ---------------------------------------------------------------------------------------------
  ;; add(xOff, yOff, size, k, N, constsOff): x <- x + y mod q_i, in place; SEAL's add on
  ;; ciphertexts of equal size. Inputs in [0, q_i), so x + y < 2q < 2^32; outputs in [0, q_i).
  ;; x == y is allowed (doubling).
  (func (export "add") (param $x i32) (param $y i32) (param $size i32) (param $k i32) (param $n i32)
                       (param $consts i32)
    (local $poly i32) (local $i i32) (local $end i32) (local $c i32) (local $q v128)
    (block $polysDone
      (loop $polys
        (br_if $polysDone (i32.ge_u (local.get $poly) (local.get $size)))
        (local.set $i (i32.const 0))
        (local.set $c (local.get $consts))
        (block $primesDone
          (loop $primes
            (br_if $primesDone (i32.ge_u (local.get $i) (local.get $k)))
            (local.set $q (v128.load32_splat (local.get $c)))
            (local.set $end (i32.add (local.get $x) (i32.shl (local.get $n) (i32.const 2))))
            (block $coeffsDone
              (loop $coeffs
                (br_if $coeffsDone (i32.ge_u (local.get $x) (local.get $end)))
                (v128.store (local.get $x)
                  (call $condsub (i32x4.add (v128.load (local.get $x)) (v128.load (local.get $y))) (local.get $q)))
                (local.set $x (i32.add (local.get $x) (i32.const 16)))
                (local.set $y (i32.add (local.get $y) (i32.const 16)))
                (br $coeffs)))
            (local.set $c (i32.add (local.get $c) (i32.const 32)))
            (local.set $i (i32.add (local.get $i) (i32.const 1)))
            (br $primes)))
        (local.set $poly (i32.add (local.get $poly) (i32.const 1)))
        (br $polys))))

  ;; ---------------------------------------------------------------------------------------------
  ;; mulAccumulate(pOff, pStride, gOff, gStride, gBlockStride, outOff, outBlockStride, d, blocks,
  ;;               k, N, constsOff, scratchOff)
  ;; For each gallery block b < blocks:
  ;;   out_b = sum_{j<d} P_j (x) G_{b,j}      (size-3 result, every residue in [0, q_i))
  ;; where P_j is the size-2 ciphertext at pOff + j*pStride, G_{b,j} the size-2 ciphertext at
  ;; gOff + b*gBlockStride + j*gStride and out_b the size-3 ciphertext at outOff + b*outBlockStride
  ;; (all in bytes, multiples of 16). The result equals SEAL's chain multiply(P_0, G_0),
  ;; add(multiply(P_1, G_1)), ... bit for bit. The gallery is read in place: store column
  ;; ciphertexts once in kernel memory (contiguous per block: gStride = 2*k*N*4) and pass pointers.
  ;; scratchOff: CHUNK*6*4 = 48 KiB of kernel-owned scratch, disjoint from everything else.
  ;;
  ;; Karatsuba: per j the three outputs take three products, not four:
  ;;   out0 += p0 g0,  out2 += p1 g1,  S += (p0 + p1)(g0 + g1),   out1 = S - out0 - out2 (mod q)
  ;; (p0 + p1 < 2q <= 2^32 fits a u32 lane, so the sum costs one i32x4.add and no reduction).
  ;; Lazy reduction: one u64 lane per output coefficient sums raw products, each at most (2q-2)^2.
  ;; A sum restarts below q after each exact reduction, so R = foldKara =
  ;; floor((2^64-1-(q-1)) / (2q-2)^2) j-steps can never overflow: R >= 64 for 28-bit primes (the
  ;; sm1 1:N presets), 4 for 30-bit, but only 1 for 31-bit. Reductions keep every sum's value mod
  ;; q, so the sums are reduced only once per R j-steps ($reduce4, three per tile) and out1 is
  ;; formed at the end.
  ;; 31-bit primes (the authenticated 1:N presets; karaMod = 1 in the constant table): the sums
  ;; p0 + p1 and g0 + g1 are first reduced to [0, q) by a conditional subtraction each (min_u, as
  ;; $condsub; exact since both are < 2q <= 2^32, and the products keep their value mod q). Then
  ;; every product is at most (q-1)^2 and R = foldKara = floor((2^64-1-(q-1)) / (q-1)^2) >= 4
  ;; (4(q-1)^2 + q - 1 <= 2^64 - 2^35 + 2^31 + 14 for q < 2^31): one exact reduction per full run
  ;; of 4 instead of one per j, and the run of 4 is the unrolled one. Measured (3 x 31-bit
  ;; primes, N=8192, 2 shared cores, 2026-12-02, bench/kernel-fold.ts, medians of 21 alternating
  ;; rounds): 512-D block (3 groups of d=518) 156 -> 83 ms, 52k -> 99k templates/s per core, 1.9x;
  ;; 128-D (d=134) 39 -> 20 ms. prepare sets karaMod wherever it measured faster (q above
  ;; 2^28: 29- and 30-bit primes gain 12-24% from R 16 / 4 -> 64 / 16, see prepare); the 28-bit
  ;; primes (R >= 64) keep the raw sums, and their code path is unchanged.
  ;;
  ;; Loop order (memory): per prime, per chunk of CHUNK = 2048 coefficients (8 KiB of each
  ;; polynomial), per block, per run of R' = min(R, 4) j-steps, per tile of 4 coefficients. A tile
  ;; keeps its 6 u64 accumulators in registers through the run; between runs they wait, unreduced,
  ;; in scratch (96 bytes per tile). Within a run, P_j and G_{b,j} are read as 4R' sequential
  ;; streams, each 16-byte line piece used by one tile and the next tile reading the adjacent piece,
  ;; so prefetchers and the TLB keep up. A run of 4 is unrolled. Measured (k=3 28-bit primes,
  ;; N=4096, d=512, one core, one-off sweep of 2026-11-25 on a busy machine: a ranking, not figures):
  ;; R' = 2 / 4 / 8 / 16 ran at roughly 0.46 / 0.50 / 0.42 / 0.30 M templates/s; the previous kernel (four products, exact reduction
  ;; after every run of 8) at 0.32. Sweeping all j per tile (accumulators never leave registers,
  ;; 4 new pages per j) was TLB-bound; CHUNK = 128 / 256 coefficients ran slower. A chunk of P is
  ;; reused by every block while it is still in cache (L2/L3), so P streams from memory about once
  ;; per call, not once per block.
  (func (export "mulAccumulate")
    (param $pOff i32) (param $pStride i32) (param $gOff i32) (param $gStride i32) (param $gBlockStride i32)
    (param $outOff i32) (param $outBlockStride i32) (param $d i32) (param $blocks i32)
    (param $k i32) (param $n i32) (param $consts i32) (param $scratch i32)
    (local $i i32) (local $primeBytes i32) (local $polyBytes i32) (local $fold i32) (local $run i32)
    (local $since i32) (local $reduce i32) (local $last i32) (local $karaMod i32)
    (local $chunk i32) (local $chunkEnd i32) (local $blk i32) (local $c i32)
    (local $j0 i32) (local $jEnd i32) (local $j i32) (local $pp i32) (local $gp i32) (local $op i32)
    (local $rowP i32) (local $rowG i32) (local $rowO i32) (local $s i32) (local $rowEnd i32)
    (local $q v128) (local $r32 v128) (local $r32s v128) (local $m1 v128)
    (local $p0 v128) (local $p1 v128) (local $g0 v128) (local $g1 v128)
    (local $a0l v128) (local $a0h v128) (local $asl v128) (local $ash v128) (local $a2l v128) (local $a2h v128)
    (local $r0 v128) (local $rs v128) (local $r2 v128)
    (local.set $primeBytes (i32.shl (local.get $n) (i32.const 2)))
    (local.set $polyBytes (i32.mul (local.get $k) (local.get $primeBytes)))
    (block $primesDone
      (loop $primes
        (br_if $primesDone (i32.ge_u (local.get $i) (local.get $k)))
        (local.set $q (v128.load32_splat offset=0 (local.get $consts)))
        (local.set $r32 (v128.load32_splat offset=4 (local.get $consts)))
        (local.set $r32s (v128.load32_splat offset=8 (local.get $consts)))
        (local.set $m1 (v128.load32_splat offset=12 (local.get $consts)))
        ;; fold = foldKara: j-steps between exact reductions (>= 4 for every q < 2^31 with karaMod
        ;; chosen by prepare); run = min(fold, 4) j-steps per run (the cap keeps a run's 4*run
        ;; streams few enough for the L1 TLB and prefetchers, see above)
        (local.set $fold (i32.load offset=24 (local.get $consts)))
        (local.set $karaMod (i32.load offset=28 (local.get $consts)))
        (local.set $run (local.get $fold))
        (if (i32.gt_u (local.get $run) (i32.const 4)) (then (local.set $run (i32.const 4))))
        ;; chunk .. chunkEnd: byte offsets of (prime i, up to CHUNK coefficients) in a ciphertext
        (local.set $chunkEnd (i32.mul (local.get $i) (local.get $primeBytes)))
        (local.set $rowEnd (i32.add (local.get $chunkEnd) (local.get $primeBytes)))
        (block $chunksDone
          (loop $chunks
            (local.set $chunk (local.get $chunkEnd))
            (br_if $chunksDone (i32.ge_u (local.get $chunk) (local.get $rowEnd)))
            (local.set $chunkEnd (i32.add (local.get $chunk) (i32.const 8192)))
            (if (i32.gt_u (local.get $chunkEnd) (local.get $rowEnd))
              (then (local.set $chunkEnd (local.get $rowEnd))))
            (local.set $blk (i32.const 0))
            (block $blocksDone
              (loop $blockLoop
                (br_if $blocksDone (i32.ge_u (local.get $blk) (local.get $blocks)))
                (local.set $rowG (i32.add (i32.add (local.get $gOff) (local.get $chunk))
                                          (i32.mul (local.get $blk) (local.get $gBlockStride))))
                (local.set $rowP (i32.add (local.get $pOff) (local.get $chunk)))
                (local.set $rowO (i32.add (i32.add (local.get $outOff) (local.get $chunk))
                                          (i32.mul (local.get $blk) (local.get $outBlockStride))))
                (local.set $j0 (i32.const 0))
                (local.set $since (i32.const 0))
                (loop $runs
                  ;; one run: j0 .. jEnd = min(j0 + run, d); d = 0 is one empty run (zeros out)
                  (local.set $jEnd (i32.add (local.get $j0) (local.get $run)))
                  (if (i32.gt_u (local.get $jEnd) (local.get $d)) (then (local.set $jEnd (local.get $d))))
                  ;; after this run: reduce exactly if it is the last one, or if one more run could
                  ;; overflow (since + run > fold); otherwise park the raw u64 sums
                  (local.set $since (i32.add (local.get $since) (i32.sub (local.get $jEnd) (local.get $j0))))
                  (local.set $last (i32.ge_u (local.get $jEnd) (local.get $d)))
                  (local.set $reduce (i32.or (local.get $last)
                    (i32.gt_u (i32.add (local.get $since) (local.get $run)) (local.get $fold))))
                  (local.set $c (i32.const 0))
                  (block $tilesDone
                    (loop $tiles
                      (br_if $tilesDone (i32.ge_u (local.get $c) (i32.sub (local.get $chunkEnd) (local.get $chunk))))
                      ;; scratch slot of this tile: 6 x 16 bytes (three outputs, u64 lanes, lo/hi)
                      (local.set $s (i32.add (local.get $scratch) (i32.mul (local.get $c) (i32.const 6))))
                      (if (i32.eqz (local.get $j0))
                        (then
                          (local.set $a0l (v128.const i64x2 0 0)) (local.set $a0h (v128.const i64x2 0 0))
                          (local.set $asl (v128.const i64x2 0 0)) (local.set $ash (v128.const i64x2 0 0))
                          (local.set $a2l (v128.const i64x2 0 0)) (local.set $a2h (v128.const i64x2 0 0)))
                        (else
                          (local.set $a0l (v128.load offset=0 (local.get $s)))
                          (local.set $a0h (v128.load offset=16 (local.get $s)))
                          (local.set $asl (v128.load offset=32 (local.get $s)))
                          (local.set $ash (v128.load offset=48 (local.get $s)))
                          (local.set $a2l (v128.load offset=64 (local.get $s)))
                          (local.set $a2h (v128.load offset=80 (local.get $s)))))
                      (local.set $pp (i32.add (i32.add (local.get $rowP) (local.get $c))
                                              (i32.mul (local.get $j0) (local.get $pStride))))
                      (local.set $gp (i32.add (i32.add (local.get $rowG) (local.get $c))
                                              (i32.mul (local.get $j0) (local.get $gStride))))
                      ;; one j-step: Karatsuba, out1 = (p0+p1)(g0+g1) - p0 g0 - p1 g1 (p0+p1 < 2q <= 2^32, reduced
                      ;; to [0, q) first when karaMod); a full run of 4 is unrolled, once per mode (the flag is
                      ;; tested once per tile and run, not per j); a shorter run (the tail of d) loops and always
                      ;; reduces the sums: products <= (q-1)^2 < (2q-2)^2 satisfy the bound of either mode.
                      (if (i32.eq (i32.sub (local.get $jEnd) (local.get $j0)) (i32.const 4))
                        (then
                          (if (local.get $karaMod)
                            (then
                              (local.set $p0 (v128.load (local.get $pp)))
                              (local.set $p1 (v128.load (i32.add (local.get $pp) (local.get $polyBytes))))
                              (local.set $g0 (v128.load (local.get $gp)))
                              (local.set $g1 (v128.load (i32.add (local.get $gp) (local.get $polyBytes))))
                              (local.set $a0l (i64x2.add (local.get $a0l) (i64x2.extmul_low_i32x4_u (local.get $p0) (local.get $g0))))
                              (local.set $a0h (i64x2.add (local.get $a0h) (i64x2.extmul_high_i32x4_u (local.get $p0) (local.get $g0))))
                              (local.set $a2l (i64x2.add (local.get $a2l) (i64x2.extmul_low_i32x4_u (local.get $p1) (local.get $g1))))
                              (local.set $a2h (i64x2.add (local.get $a2h) (i64x2.extmul_high_i32x4_u (local.get $p1) (local.get $g1))))
                              (local.set $p0 (i32x4.add (local.get $p0) (local.get $p1)))
                              (local.set $g0 (i32x4.add (local.get $g0) (local.get $g1)))
                              (local.set $p0 (i32x4.min_u (local.get $p0) (i32x4.sub (local.get $p0) (local.get $q))))
                              (local.set $g0 (i32x4.min_u (local.get $g0) (i32x4.sub (local.get $g0) (local.get $q))))
                              (local.set $asl (i64x2.add (local.get $asl) (i64x2.extmul_low_i32x4_u (local.get $p0) (local.get $g0))))
                              (local.set $ash (i64x2.add (local.get $ash) (i64x2.extmul_high_i32x4_u (local.get $p0) (local.get $g0))))
                              (local.set $pp (i32.add (local.get $pp) (local.get $pStride)))
                              (local.set $gp (i32.add (local.get $gp) (local.get $gStride)))
                              (local.set $p0 (v128.load (local.get $pp)))
                              (local.set $p1 (v128.load (i32.add (local.get $pp) (local.get $polyBytes))))
                              (local.set $g0 (v128.load (local.get $gp)))
                              (local.set $g1 (v128.load (i32.add (local.get $gp) (local.get $polyBytes))))
                              (local.set $a0l (i64x2.add (local.get $a0l) (i64x2.extmul_low_i32x4_u (local.get $p0) (local.get $g0))))
                              (local.set $a0h (i64x2.add (local.get $a0h) (i64x2.extmul_high_i32x4_u (local.get $p0) (local.get $g0))))
                              (local.set $a2l (i64x2.add (local.get $a2l) (i64x2.extmul_low_i32x4_u (local.get $p1) (local.get $g1))))
                              (local.set $a2h (i64x2.add (local.get $a2h) (i64x2.extmul_high_i32x4_u (local.get $p1) (local.get $g1))))
                              (local.set $p0 (i32x4.add (local.get $p0) (local.get $p1)))
                              (local.set $g0 (i32x4.add (local.get $g0) (local.get $g1)))
                              (local.set $p0 (i32x4.min_u (local.get $p0) (i32x4.sub (local.get $p0) (local.get $q))))
                              (local.set $g0 (i32x4.min_u (local.get $g0) (i32x4.sub (local.get $g0) (local.get $q))))
                              (local.set $asl (i64x2.add (local.get $asl) (i64x2.extmul_low_i32x4_u (local.get $p0) (local.get $g0))))
                              (local.set $ash (i64x2.add (local.get $ash) (i64x2.extmul_high_i32x4_u (local.get $p0) (local.get $g0))))
                              (local.set $pp (i32.add (local.get $pp) (local.get $pStride)))
                              (local.set $gp (i32.add (local.get $gp) (local.get $gStride)))
                              (local.set $p0 (v128.load (local.get $pp)))
                              (local.set $p1 (v128.load (i32.add (local.get $pp) (local.get $polyBytes))))
                              (local.set $g0 (v128.load (local.get $gp)))
                              (local.set $g1 (v128.load (i32.add (local.get $gp) (local.get $polyBytes))))
                              (local.set $a0l (i64x2.add (local.get $a0l) (i64x2.extmul_low_i32x4_u (local.get $p0) (local.get $g0))))
                              (local.set $a0h (i64x2.add (local.get $a0h) (i64x2.extmul_high_i32x4_u (local.get $p0) (local.get $g0))))
                              (local.set $a2l (i64x2.add (local.get $a2l) (i64x2.extmul_low_i32x4_u (local.get $p1) (local.get $g1))))
                              (local.set $a2h (i64x2.add (local.get $a2h) (i64x2.extmul_high_i32x4_u (local.get $p1) (local.get $g1))))
                              (local.set $p0 (i32x4.add (local.get $p0) (local.get $p1)))
                              (local.set $g0 (i32x4.add (local.get $g0) (local.get $g1)))
                              (local.set $p0 (i32x4.min_u (local.get $p0) (i32x4.sub (local.get $p0) (local.get $q))))
                              (local.set $g0 (i32x4.min_u (local.get $g0) (i32x4.sub (local.get $g0) (local.get $q))))
                              (local.set $asl (i64x2.add (local.get $asl) (i64x2.extmul_low_i32x4_u (local.get $p0) (local.get $g0))))
                              (local.set $ash (i64x2.add (local.get $ash) (i64x2.extmul_high_i32x4_u (local.get $p0) (local.get $g0))))
                              (local.set $pp (i32.add (local.get $pp) (local.get $pStride)))
                              (local.set $gp (i32.add (local.get $gp) (local.get $gStride)))
                              (local.set $p0 (v128.load (local.get $pp)))
                              (local.set $p1 (v128.load (i32.add (local.get $pp) (local.get $polyBytes))))
                              (local.set $g0 (v128.load (local.get $gp)))
                              (local.set $g1 (v128.load (i32.add (local.get $gp) (local.get $polyBytes))))
                              (local.set $a0l (i64x2.add (local.get $a0l) (i64x2.extmul_low_i32x4_u (local.get $p0) (local.get $g0))))
                              (local.set $a0h (i64x2.add (local.get $a0h) (i64x2.extmul_high_i32x4_u (local.get $p0) (local.get $g0))))
                              (local.set $a2l (i64x2.add (local.get $a2l) (i64x2.extmul_low_i32x4_u (local.get $p1) (local.get $g1))))
                              (local.set $a2h (i64x2.add (local.get $a2h) (i64x2.extmul_high_i32x4_u (local.get $p1) (local.get $g1))))
                              (local.set $p0 (i32x4.add (local.get $p0) (local.get $p1)))
                              (local.set $g0 (i32x4.add (local.get $g0) (local.get $g1)))
                              (local.set $p0 (i32x4.min_u (local.get $p0) (i32x4.sub (local.get $p0) (local.get $q))))
                              (local.set $g0 (i32x4.min_u (local.get $g0) (i32x4.sub (local.get $g0) (local.get $q))))
                              (local.set $asl (i64x2.add (local.get $asl) (i64x2.extmul_low_i32x4_u (local.get $p0) (local.get $g0))))
                              (local.set $ash (i64x2.add (local.get $ash) (i64x2.extmul_high_i32x4_u (local.get $p0) (local.get $g0))))
                              (local.set $pp (i32.add (local.get $pp) (local.get $pStride)))
                              (local.set $gp (i32.add (local.get $gp) (local.get $gStride)))
                            )
                            (else
                              (local.set $p0 (v128.load (local.get $pp)))
                              (local.set $p1 (v128.load (i32.add (local.get $pp) (local.get $polyBytes))))
                              (local.set $g0 (v128.load (local.get $gp)))
                              (local.set $g1 (v128.load (i32.add (local.get $gp) (local.get $polyBytes))))
                              (local.set $a0l (i64x2.add (local.get $a0l) (i64x2.extmul_low_i32x4_u (local.get $p0) (local.get $g0))))
                              (local.set $a0h (i64x2.add (local.get $a0h) (i64x2.extmul_high_i32x4_u (local.get $p0) (local.get $g0))))
                              (local.set $a2l (i64x2.add (local.get $a2l) (i64x2.extmul_low_i32x4_u (local.get $p1) (local.get $g1))))
                              (local.set $a2h (i64x2.add (local.get $a2h) (i64x2.extmul_high_i32x4_u (local.get $p1) (local.get $g1))))
                              (local.set $p0 (i32x4.add (local.get $p0) (local.get $p1)))
                              (local.set $g0 (i32x4.add (local.get $g0) (local.get $g1)))
                              (local.set $asl (i64x2.add (local.get $asl) (i64x2.extmul_low_i32x4_u (local.get $p0) (local.get $g0))))
                              (local.set $ash (i64x2.add (local.get $ash) (i64x2.extmul_high_i32x4_u (local.get $p0) (local.get $g0))))
                              (local.set $pp (i32.add (local.get $pp) (local.get $pStride)))
                              (local.set $gp (i32.add (local.get $gp) (local.get $gStride)))
                              (local.set $p0 (v128.load (local.get $pp)))
                              (local.set $p1 (v128.load (i32.add (local.get $pp) (local.get $polyBytes))))
                              (local.set $g0 (v128.load (local.get $gp)))
                              (local.set $g1 (v128.load (i32.add (local.get $gp) (local.get $polyBytes))))
                              (local.set $a0l (i64x2.add (local.get $a0l) (i64x2.extmul_low_i32x4_u (local.get $p0) (local.get $g0))))
                              (local.set $a0h (i64x2.add (local.get $a0h) (i64x2.extmul_high_i32x4_u (local.get $p0) (local.get $g0))))
                              (local.set $a2l (i64x2.add (local.get $a2l) (i64x2.extmul_low_i32x4_u (local.get $p1) (local.get $g1))))
                              (local.set $a2h (i64x2.add (local.get $a2h) (i64x2.extmul_high_i32x4_u (local.get $p1) (local.get $g1))))
                              (local.set $p0 (i32x4.add (local.get $p0) (local.get $p1)))
                              (local.set $g0 (i32x4.add (local.get $g0) (local.get $g1)))
                              (local.set $asl (i64x2.add (local.get $asl) (i64x2.extmul_low_i32x4_u (local.get $p0) (local.get $g0))))
                              (local.set $ash (i64x2.add (local.get $ash) (i64x2.extmul_high_i32x4_u (local.get $p0) (local.get $g0))))
                              (local.set $pp (i32.add (local.get $pp) (local.get $pStride)))
                              (local.set $gp (i32.add (local.get $gp) (local.get $gStride)))
                              (local.set $p0 (v128.load (local.get $pp)))
                              (local.set $p1 (v128.load (i32.add (local.get $pp) (local.get $polyBytes))))
                              (local.set $g0 (v128.load (local.get $gp)))
                              (local.set $g1 (v128.load (i32.add (local.get $gp) (local.get $polyBytes))))
                              (local.set $a0l (i64x2.add (local.get $a0l) (i64x2.extmul_low_i32x4_u (local.get $p0) (local.get $g0))))
                              (local.set $a0h (i64x2.add (local.get $a0h) (i64x2.extmul_high_i32x4_u (local.get $p0) (local.get $g0))))
                              (local.set $a2l (i64x2.add (local.get $a2l) (i64x2.extmul_low_i32x4_u (local.get $p1) (local.get $g1))))
                              (local.set $a2h (i64x2.add (local.get $a2h) (i64x2.extmul_high_i32x4_u (local.get $p1) (local.get $g1))))
                              (local.set $p0 (i32x4.add (local.get $p0) (local.get $p1)))
                              (local.set $g0 (i32x4.add (local.get $g0) (local.get $g1)))
                              (local.set $asl (i64x2.add (local.get $asl) (i64x2.extmul_low_i32x4_u (local.get $p0) (local.get $g0))))
                              (local.set $ash (i64x2.add (local.get $ash) (i64x2.extmul_high_i32x4_u (local.get $p0) (local.get $g0))))
                              (local.set $pp (i32.add (local.get $pp) (local.get $pStride)))
                              (local.set $gp (i32.add (local.get $gp) (local.get $gStride)))
                              (local.set $p0 (v128.load (local.get $pp)))
                              (local.set $p1 (v128.load (i32.add (local.get $pp) (local.get $polyBytes))))
                              (local.set $g0 (v128.load (local.get $gp)))
                              (local.set $g1 (v128.load (i32.add (local.get $gp) (local.get $polyBytes))))
                              (local.set $a0l (i64x2.add (local.get $a0l) (i64x2.extmul_low_i32x4_u (local.get $p0) (local.get $g0))))
                              (local.set $a0h (i64x2.add (local.get $a0h) (i64x2.extmul_high_i32x4_u (local.get $p0) (local.get $g0))))
                              (local.set $a2l (i64x2.add (local.get $a2l) (i64x2.extmul_low_i32x4_u (local.get $p1) (local.get $g1))))
                              (local.set $a2h (i64x2.add (local.get $a2h) (i64x2.extmul_high_i32x4_u (local.get $p1) (local.get $g1))))
                              (local.set $p0 (i32x4.add (local.get $p0) (local.get $p1)))
                              (local.set $g0 (i32x4.add (local.get $g0) (local.get $g1)))
                              (local.set $asl (i64x2.add (local.get $asl) (i64x2.extmul_low_i32x4_u (local.get $p0) (local.get $g0))))
                              (local.set $ash (i64x2.add (local.get $ash) (i64x2.extmul_high_i32x4_u (local.get $p0) (local.get $g0))))
                              (local.set $pp (i32.add (local.get $pp) (local.get $pStride)))
                              (local.set $gp (i32.add (local.get $gp) (local.get $gStride)))
                            )))
                        (else
                          (local.set $j (local.get $j0))
                          (block $runDone
                            (loop $steps
                              (br_if $runDone (i32.ge_u (local.get $j) (local.get $jEnd)))
                              (local.set $p0 (v128.load (local.get $pp)))
                              (local.set $p1 (v128.load (i32.add (local.get $pp) (local.get $polyBytes))))
                              (local.set $g0 (v128.load (local.get $gp)))
                              (local.set $g1 (v128.load (i32.add (local.get $gp) (local.get $polyBytes))))
                              (local.set $a0l (i64x2.add (local.get $a0l) (i64x2.extmul_low_i32x4_u (local.get $p0) (local.get $g0))))
                              (local.set $a0h (i64x2.add (local.get $a0h) (i64x2.extmul_high_i32x4_u (local.get $p0) (local.get $g0))))
                              (local.set $a2l (i64x2.add (local.get $a2l) (i64x2.extmul_low_i32x4_u (local.get $p1) (local.get $g1))))
                              (local.set $a2h (i64x2.add (local.get $a2h) (i64x2.extmul_high_i32x4_u (local.get $p1) (local.get $g1))))
                              (local.set $p0 (i32x4.add (local.get $p0) (local.get $p1)))
                              (local.set $g0 (i32x4.add (local.get $g0) (local.get $g1)))
                              (local.set $p0 (i32x4.min_u (local.get $p0) (i32x4.sub (local.get $p0) (local.get $q))))
                              (local.set $g0 (i32x4.min_u (local.get $g0) (i32x4.sub (local.get $g0) (local.get $q))))
                              (local.set $asl (i64x2.add (local.get $asl) (i64x2.extmul_low_i32x4_u (local.get $p0) (local.get $g0))))
                              (local.set $ash (i64x2.add (local.get $ash) (i64x2.extmul_high_i32x4_u (local.get $p0) (local.get $g0))))
                              (local.set $pp (i32.add (local.get $pp) (local.get $pStride)))
                              (local.set $gp (i32.add (local.get $gp) (local.get $gStride)))
                              (local.set $j (i32.add (local.get $j) (i32.const 1)))
                              (br $steps)))))
                      (if (i32.eqz (local.get $reduce))
                        (then
                          (v128.store offset=0 (local.get $s) (local.get $a0l))
                          (v128.store offset=16 (local.get $s) (local.get $a0h))
                          (v128.store offset=32 (local.get $s) (local.get $asl))
                          (v128.store offset=48 (local.get $s) (local.get $ash))
                          (v128.store offset=64 (local.get $s) (local.get $a2l))
                          (v128.store offset=80 (local.get $s) (local.get $a2h)))
                        (else
                          ;; exact reduction (reductions keep every sum's value mod q)
                          (local.set $r0 (call $reduce4 (local.get $a0l) (local.get $a0h)
                            (local.get $q) (local.get $r32) (local.get $r32s) (local.get $m1)))
                          (local.set $rs (call $reduce4 (local.get $asl) (local.get $ash)
                            (local.get $q) (local.get $r32) (local.get $r32s) (local.get $m1)))
                          (local.set $r2 (call $reduce4 (local.get $a2l) (local.get $a2h)
                            (local.get $q) (local.get $r32) (local.get $r32s) (local.get $m1)))
                          (if (local.get $last)
                            (then
                              (local.set $op (i32.add (local.get $rowO) (local.get $c)))
                              (v128.store (local.get $op) (local.get $r0))
                              (v128.store (i32.add (local.get $op) (local.get $polyBytes))
                                (call $subq (call $subq (local.get $rs) (local.get $r0) (local.get $q))
                                            (local.get $r2) (local.get $q)))
                              (v128.store (i32.add (local.get $op) (i32.shl (local.get $polyBytes) (i32.const 1)))
                                (local.get $r2)))
                            (else
                              ;; park the residues (< q) as the next period's starting sums
                              (v128.store offset=0 (local.get $s) (i64x2.extend_low_i32x4_u (local.get $r0)))
                              (v128.store offset=16 (local.get $s) (i64x2.extend_high_i32x4_u (local.get $r0)))
                              (v128.store offset=32 (local.get $s) (i64x2.extend_low_i32x4_u (local.get $rs)))
                              (v128.store offset=48 (local.get $s) (i64x2.extend_high_i32x4_u (local.get $rs)))
                              (v128.store offset=64 (local.get $s) (i64x2.extend_low_i32x4_u (local.get $r2)))
                              (v128.store offset=80 (local.get $s) (i64x2.extend_high_i32x4_u (local.get $r2)))))))
                      (local.set $c (i32.add (local.get $c) (i32.const 16)))
                      (br $tiles)))
                  (if (local.get $reduce) (then (local.set $since (i32.const 0))))
                  (local.set $j0 (local.get $jEnd))
                  (br_if $runs (i32.lt_u (local.get $j0) (local.get $d))))
                (local.set $blk (i32.add (local.get $blk) (i32.const 1)))
                (br $blockLoop)))
            (br $chunks)))
        (local.set $consts (i32.add (local.get $consts) (i32.const 32)))
        (local.set $i (i32.add (local.get $i) (i32.const 1)))
        (br $primes))))

  ;; ---------------------------------------------------------------------------------------------
  ;; dot(uOff, wOff, outOff, k, N, constsOff): out[i] = sum_c u[i*N + c] * w[i*N + c] mod q_i,
  ;; u32 each, for one polynomial's residues (k*N each). Inputs in [0, q_i); outputs in [0, q_i).
  ;; Each u64 lane sums at most foldDot = floor((2^64-1)/(q-1)^2) products (>= 4 for q < 2^31,
  ;; >= 16 for q < 2^30) before $reduce4 folds it into a running i32x4 of residues (< q each, so
  ;; the running add stays < 2q). The four lanes are summed at the end (< 4q < 2^33, in i64).
  (func (export "dot") (param $u i32) (param $w i32) (param $out i32) (param $k i32) (param $n i32)
                       (param $consts i32)
    (local $i i32) (local $end i32) (local $cnt i32) (local $fold i32) (local $sum i64) (local $qs i64)
    (local $q v128) (local $r32 v128) (local $r32s v128) (local $m1 v128)
    (local $x v128) (local $y v128) (local $al v128) (local $ah v128) (local $res v128)
    (block $primesDone
      (loop $primes
        (br_if $primesDone (i32.ge_u (local.get $i) (local.get $k)))
        (local.set $q (v128.load32_splat offset=0 (local.get $consts)))
        (local.set $r32 (v128.load32_splat offset=4 (local.get $consts)))
        (local.set $r32s (v128.load32_splat offset=8 (local.get $consts)))
        (local.set $m1 (v128.load32_splat offset=12 (local.get $consts)))
        (local.set $fold (i32.load offset=20 (local.get $consts)))
        (local.set $al (v128.const i64x2 0 0))
        (local.set $ah (v128.const i64x2 0 0))
        (local.set $res (v128.const i32x4 0 0 0 0))
        (local.set $cnt (i32.const 0))
        (local.set $end (i32.add (local.get $u) (i32.shl (local.get $n) (i32.const 2))))
        (block $coeffsDone
          (loop $coeffs
            (br_if $coeffsDone (i32.ge_u (local.get $u) (local.get $end)))
            (local.set $x (v128.load (local.get $u)))
            (local.set $y (v128.load (local.get $w)))
            (local.set $al (i64x2.add (local.get $al) (i64x2.extmul_low_i32x4_u (local.get $x) (local.get $y))))
            (local.set $ah (i64x2.add (local.get $ah) (i64x2.extmul_high_i32x4_u (local.get $x) (local.get $y))))
            (local.set $cnt (i32.add (local.get $cnt) (i32.const 1)))
            (if (i32.eq (local.get $cnt) (local.get $fold))
              (then
                (local.set $res (call $condsub
                  (i32x4.add (local.get $res)
                    (call $reduce4 (local.get $al) (local.get $ah)
                      (local.get $q) (local.get $r32) (local.get $r32s) (local.get $m1)))
                  (local.get $q)))
                (local.set $al (v128.const i64x2 0 0))
                (local.set $ah (v128.const i64x2 0 0))
                (local.set $cnt (i32.const 0))))
            (local.set $u (i32.add (local.get $u) (i32.const 16)))
            (local.set $w (i32.add (local.get $w) (i32.const 16)))
            (br $coeffs)))
        (local.set $res (call $condsub
          (i32x4.add (local.get $res)
            (call $reduce4 (local.get $al) (local.get $ah)
              (local.get $q) (local.get $r32) (local.get $r32s) (local.get $m1)))
          (local.get $q)))
        (local.set $qs (i64.load32_u offset=0 (local.get $consts)))
        (local.set $sum (i64.add
          (i64.add (i64.extend_i32_u (i32x4.extract_lane 0 (local.get $res)))
                   (i64.extend_i32_u (i32x4.extract_lane 1 (local.get $res))))
          (i64.add (i64.extend_i32_u (i32x4.extract_lane 2 (local.get $res)))
                   (i64.extend_i32_u (i32x4.extract_lane 3 (local.get $res))))))
        (i32.store (local.get $out) (i32.wrap_i64 (i64.rem_u (local.get $sum) (local.get $qs))))
        (local.set $out (i32.add (local.get $out) (i32.const 4)))
        (local.set $consts (i32.add (local.get $consts) (i32.const 32)))
        (local.set $i (i32.add (local.get $i) (i32.const 1)))
        (br $primes))))

  ;; ---------------------------------------------------------------------------------------------
  ;; axpy(xOff, eOff, alphaOff, k, N, constsOff): x[i*N + c] <- x[i*N + c] + alpha_i * e[i*N + c]
  ;; mod q_i, in place, for one polynomial's residues (k*N each); alpha is k u32 at alphaOff
  ;; (alpha_i < q_i expected; it is reduced mod q_i first anyway). x, e in [0, q_i); x out in
  ;; [0, q_i). Shoup product in [0, q) after its conditional subtraction, then x + it < 2q.
  (func (export "axpy") (param $x i32) (param $e i32) (param $alpha i32) (param $k i32) (param $n i32)
                        (param $consts i32)
    (local $i i32) (local $end i32) (local $qs i64) (local $f i64)
    (local $q v128) (local $va v128) (local $vas v128)
    (block $primesDone
      (loop $primes
        (br_if $primesDone (i32.ge_u (local.get $i) (local.get $k)))
        (local.set $qs (i64.load32_u offset=0 (local.get $consts)))
        (local.set $f (i64.rem_u (i64.load32_u (local.get $alpha)) (local.get $qs)))
        (local.set $q (i32x4.splat (i32.wrap_i64 (local.get $qs))))
        (local.set $va (i32x4.splat (i32.wrap_i64 (local.get $f))))
        (local.set $vas (i32x4.splat (i32.wrap_i64
          (i64.div_u (i64.shl (local.get $f) (i64.const 32)) (local.get $qs)))))
        (local.set $end (i32.add (local.get $x) (i32.shl (local.get $n) (i32.const 2))))
        (block $coeffsDone
          (loop $coeffs
            (br_if $coeffsDone (i32.ge_u (local.get $x) (local.get $end)))
            (v128.store (local.get $x)
              (call $condsub
                (i32x4.add (v128.load (local.get $x))
                  (call $shoup (v128.load (local.get $e)) (local.get $va) (local.get $vas) (local.get $q)))
                (local.get $q)))
            (local.set $x (i32.add (local.get $x) (i32.const 16)))
            (local.set $e (i32.add (local.get $e) (i32.const 16)))
            (br $coeffs)))
        (local.set $alpha (i32.add (local.get $alpha) (i32.const 4)))
        (local.set $consts (i32.add (local.get $consts) (i32.const 32)))
        (local.set $i (i32.add (local.get $i) (i32.const 1)))
        (br $primes))))

  ;; ---------------------------------------------------------------------------------------------
  ;; firstOutOfRange(xOff, size, k, N, constsOff) -> index (in residues from xOff) of the first
  ;; residue >= its prime, or -1 when all are in range. Lets the wrapper validate residues that
  ;; came from outside (the other kernels assume [0, q_i) and do not check).
  (func (export "firstOutOfRange") (param $x i32) (param $size i32) (param $k i32) (param $n i32)
                                   (param $consts i32) (result i32)
    (local $poly i32) (local $i i32) (local $p i32) (local $end i32) (local $c i32) (local $q v128)
    (local $lane i32)
    (local.set $p (local.get $x))
    (block $polysDone
      (loop $polys
        (br_if $polysDone (i32.ge_u (local.get $poly) (local.get $size)))
        (local.set $i (i32.const 0))
        (local.set $c (local.get $consts))
        (block $primesDone
          (loop $primes
            (br_if $primesDone (i32.ge_u (local.get $i) (local.get $k)))
            (local.set $q (v128.load32_splat (local.get $c)))
            (local.set $end (i32.add (local.get $p) (i32.shl (local.get $n) (i32.const 2))))
            (block $coeffsDone
              (loop $coeffs
                (br_if $coeffsDone (i32.ge_u (local.get $p) (local.get $end)))
                (if (v128.any_true (i32x4.ge_u (v128.load (local.get $p)) (local.get $q)))
                  (then
                    ;; locate the lane (scalar; happens at most once)
                    (local.set $lane (i32.const 0))
                    (loop $lanes
                      (if (i32.ge_u (i32.load (i32.add (local.get $p) (i32.shl (local.get $lane) (i32.const 2))))
                                    (i32x4.extract_lane 0 (local.get $q)))
                        (then (return (i32.add (i32.shr_u (i32.sub (local.get $p) (local.get $x)) (i32.const 2))
                                               (local.get $lane)))))
                      (local.set $lane (i32.add (local.get $lane) (i32.const 1)))
                      (br $lanes))))
                (local.set $p (i32.add (local.get $p) (i32.const 16)))
                (br $coeffs)))
            (local.set $c (i32.add (local.get $c) (i32.const 32)))
            (local.set $i (i32.add (local.get $i) (i32.const 1)))
            (br $primes)))
        (local.set $poly (i32.add (local.get $poly) (i32.const 1)))
        (br $polys)))
    (i32.const -1))
)
