;; An LZMA decoder for wasm-text.js: it turns the text of wasm-inline.js and wasm-parse-inline.js
;; back into the .wasm at import. Hand-written because a page downloads it: 1.4 KB once assembled
;; (scripts/build-pkg.mjs, wasm-opt), and 2-4 ms for the request half where a decoder in
;; JavaScript took 9-17 ms.
;;
;; LZMA as Igor Pavlov specifies it in the LZMA SDK's lzma-specification.txt (public domain): the
;; names, the states and the layout of the probabilities follow its reference decoder, LzmaSpec.cpp.
;; Only what the build writes is read: a raw LZMA1 stream (python3's lzma, FORMAT_RAW) of a known
;; size, lc + lp <= 4 (its probabilities then fit below the text), any end marker left unread.
;;
;; Memory, in bytes: the probabilities (u16) from 0; at $text the text's characters (JavaScript
;; writes them, growing the memory first), decoded in place to bytes: the properties byte
;; (pb * 5 + lp) * 9 + lc, the size (u32, little-endian), the stream; the output right after the
;; text. The probabilities, numbered (u16 units) as the code below does: 0 IsMatch (192: state << 4
;; | posState), 192 IsRep, 204 IsRepG0, 216 IsRepG1, 228 IsRepG2 (12 each, by state), 240
;; IsRep0Long (192, as IsMatch), 432 the distance slots (4 6-bit trees, by length up to 3), 688
;; the reverse trees of slots 4-13 (115), 803 Align (16), 819 the length coder (514), 1333 the
;; rep length coder (514), 1847 the literal coders (0x300 each).
(module
  (memory (export "m") 1)
  ;; Where JavaScript writes the text; the output follows it.
  (global $text (export "t") i32 (i32.const 0x8000))
  (global $range (mut i32) (i32.const -1))
  (global $code (mut i32) (i32.const 0))
  (global $in (mut i32) (i32.const 0))

  ;; One bit decoded with probability number $i (of 2048 for a 0), which then adapts by 1/32. The
  ;; hot paths are written out where they run, rather than called: V8 runs this code as its first,
  ;; quick compiler made it (Liftoff), which does not inline (Chromium: 1 ms of 6 saved).
  (func $bit (param $i i32) (result i32)
    (local $p i32) (local $bound i32) (local $b i32)
    (local.set $p (i32.load16_u (local.tee $i (i32.shl (local.get $i) (i32.const 1)))))
    (local.set $bound (i32.mul (i32.shr_u (global.get $range) (i32.const 11)) (local.get $p)))
    (if (i32.lt_u (global.get $code) (local.get $bound))
      (then
        (global.set $range (local.get $bound))
        (i32.store16 (local.get $i) (i32.add (local.get $p) (i32.shr_u (i32.sub (i32.const 2048) (local.get $p)) (i32.const 5)))))
      (else
        (global.set $range (i32.sub (global.get $range) (local.get $bound)))
        (global.set $code (i32.sub (global.get $code) (local.get $bound)))
        (i32.store16 (local.get $i) (i32.sub (local.get $p) (i32.shr_u (local.get $p) (i32.const 5))))
        (local.set $b (i32.const 1))))
    ;; $normalize
    (if (i32.lt_u (global.get $range) (i32.const 0x1000000))
      (then
        (global.set $range (i32.shl (global.get $range) (i32.const 8)))
        (global.set $code (i32.or (i32.shl (global.get $code) (i32.const 8)) (i32.load8_u (global.get $in))))
        (global.set $in (i32.add (global.get $in) (i32.const 1)))))
    (local.get $b))

  ;; "If the range is less than 2^24, shift in the next byte."
  (func $normalize
    (if (i32.lt_u (global.get $range) (i32.const 0x1000000))
      (then
        (global.set $range (i32.shl (global.get $range) (i32.const 8)))
        (global.set $code (i32.or (i32.shl (global.get $code) (i32.const 8)) (i32.load8_u (global.get $in))))
        (global.set $in (i32.add (global.get $in) (i32.const 1))))))

  ;; A literal: 8 bits through the literal coder at $base, high bit first; while $m has bit 8 set
  ;; (after a match), each bit is decoded by the probabilities for the match byte's bit (its low 8
  ;; bits), until one differs. $bit and $normalize, written out, the range and code held in locals.
  (func $lit (param $base i32) (param $m i32) (result i32)
    (local $on i32) (local $range i32) (local $code i32) (local $s i32) (local $mb i32) (local $i i32) (local $p i32) (local $bound i32) (local $b i32)
    (local.set $on (i32.shr_u (local.get $m) (i32.const 8)))
    (local.set $range (global.get $range))
    (local.set $code (global.get $code))
    (local.set $s (i32.const 1))
    (loop $bits
      (local.set $mb (i32.and (i32.shr_u (local.get $m) (i32.const 7)) (i32.const 1)))
      (local.set $m (i32.shl (local.get $m) (i32.const 1)))
      (local.set $i (i32.shl (i32.add (i32.add (local.get $base) (local.get $s))
        (select (i32.shl (i32.add (local.get $mb) (i32.const 1)) (i32.const 8)) (i32.const 0) (local.get $on))) (i32.const 1)))
      (local.set $p (i32.load16_u (local.get $i)))
      (local.set $bound (i32.mul (i32.shr_u (local.get $range) (i32.const 11)) (local.get $p)))
      (if (i32.lt_u (local.get $code) (local.get $bound))
        (then
          (local.set $range (local.get $bound))
          (i32.store16 (local.get $i) (i32.add (local.get $p) (i32.shr_u (i32.sub (i32.const 2048) (local.get $p)) (i32.const 5))))
          (local.set $b (i32.const 0)))
        (else
          (local.set $range (i32.sub (local.get $range) (local.get $bound)))
          (local.set $code (i32.sub (local.get $code) (local.get $bound)))
          (i32.store16 (local.get $i) (i32.sub (local.get $p) (i32.shr_u (local.get $p) (i32.const 5))))
          (local.set $b (i32.const 1))))
      (if (i32.lt_u (local.get $range) (i32.const 0x1000000))
        (then
          (local.set $range (i32.shl (local.get $range) (i32.const 8)))
          (local.set $code (i32.or (i32.shl (local.get $code) (i32.const 8)) (i32.load8_u (global.get $in))))
          (global.set $in (i32.add (global.get $in) (i32.const 1)))))
      (local.set $s (i32.or (i32.shl (local.get $s) (i32.const 1)) (local.get $b)))
      (if (i32.ne (local.get $mb) (local.get $b)) (then (local.set $on (i32.const 0))))
      (br_if $bits (i32.lt_u (local.get $s) (i32.const 256))))
    (global.set $range (local.get $range))
    (global.set $code (local.get $code))
    (i32.and (local.get $s) (i32.const 255)))

  ;; $n bits, high bit first, through the binary tree of probabilities at $base.
  (func $tree (param $base i32) (param $n i32) (result i32)
    (local $m i32) (local $k i32)
    (local.set $m (i32.const 1))
    (local.set $k (local.get $n))
    (loop $l
      (local.set $m (i32.or (i32.shl (local.get $m) (i32.const 1)) (call $bit (i32.add (local.get $base) (local.get $m)))))
      (br_if $l (local.tee $k (i32.sub (local.get $k) (i32.const 1)))))
    (i32.sub (local.get $m) (i32.shl (i32.const 1) (local.get $n))))

  ;; $n bits, low bit first (the "reverse" trees of distances).
  (func $rtree (param $base i32) (param $n i32) (result i32)
    (local $m i32) (local $s i32) (local $i i32) (local $b i32)
    (local.set $m (i32.const 1))
    (loop $l
      (local.set $b (call $bit (i32.add (local.get $base) (local.get $m))))
      (local.set $m (i32.or (i32.shl (local.get $m) (i32.const 1)) (local.get $b)))
      (local.set $s (i32.or (local.get $s) (i32.shl (local.get $b) (local.get $i))))
      (br_if $l (i32.ne (local.tee $i (i32.add (local.get $i) (i32.const 1))) (local.get $n))))
    (local.get $s))

  ;; A match length less 2, by the length coder at $p: choice bits, then 8 low lengths (3 bits, by
  ;; posState), 8 middle ones (likewise) or 256 high ones (8 bits).
  (func $len (param $p i32) (param $ps i32) (result i32)
    (if (result i32) (i32.eqz (call $bit (local.get $p)))
      (then (call $tree (i32.add (i32.add (local.get $p) (i32.const 2)) (i32.shl (local.get $ps) (i32.const 3))) (i32.const 3)))
      (else
        (if (result i32) (i32.eqz (call $bit (i32.add (local.get $p) (i32.const 1))))
          (then (i32.add (i32.const 8) (call $tree (i32.add (i32.add (local.get $p) (i32.const 130)) (i32.shl (local.get $ps) (i32.const 3))) (i32.const 3))))
          (else (i32.add (i32.const 16) (call $tree (i32.add (local.get $p) (i32.const 258)) (i32.const 8))))))))

  ;; Decodes the $n characters at $text; returns the size of the output, which is at $text + $n.
  (func (export "d") (param $n i32) (result i32)
    (local $k i32) (local $j i32) (local $acc i32) (local $c i32)
    (local $props i32) (local $lc i32) (local $lpMask i32) (local $pbMask i32) (local $size i32) (local $out i32)
    (local $pos i32) (local $state i32) (local $rep0 i32) (local $rep1 i32) (local $rep2 i32) (local $rep3 i32)
    (local $ps i32) (local $base i32) (local $b i32) (local $len i32) (local $slot i32) (local $x i32)
    ;; Base64 (no padding) to bytes, in place: A-Z 0-25, a-z 26-51, 0-9 52-61, + 62, / 63.
    (local.set $j (global.get $text))
    (local.set $k (global.get $text))
    (loop $chars
      (local.set $acc (i32.const 0))
      (local.set $c (i32.const 4))
      (loop $digit
        (local.set $b (i32.load8_u (local.get $k)))
        (local.set $acc (i32.or (i32.shl (local.get $acc) (i32.const 6))
          (select (i32.sub (local.get $b) (i32.const 71)) (select (i32.sub (local.get $b) (i32.const 65))
            (select (i32.add (local.get $b) (i32.const 4)) (i32.add (i32.shr_u (local.get $b) (i32.const 2)) (i32.const 52)) (i32.gt_u (local.get $b) (i32.const 47)))
            (i32.gt_u (local.get $b) (i32.const 64))) (i32.gt_u (local.get $b) (i32.const 96)))))
        (local.set $k (i32.add (local.get $k) (i32.const 1)))
        (br_if $digit (local.tee $c (i32.sub (local.get $c) (i32.const 1)))))
      (i32.store8 (local.get $j) (i32.shr_u (local.get $acc) (i32.const 16)))
      (i32.store8 offset=1 (local.get $j) (i32.shr_u (local.get $acc) (i32.const 8)))
      (i32.store8 offset=2 (local.get $j) (local.get $acc))
      (local.set $j (i32.add (local.get $j) (i32.const 3)))
      (br_if $chars (i32.lt_u (local.get $k) (i32.add (global.get $text) (local.get $n)))))
    (local.set $props (i32.load8_u (global.get $text)))
    (local.set $lc (i32.rem_u (local.get $props) (i32.const 9)))
    (local.set $lpMask (i32.sub (i32.shl (i32.const 1) (i32.rem_u (i32.div_u (local.get $props) (i32.const 9)) (i32.const 5))) (i32.const 1)))
    (local.set $pbMask (i32.sub (i32.shl (i32.const 1) (i32.div_u (local.get $props) (i32.const 45))) (i32.const 1)))
    (local.set $size (i32.load offset=1 align=1 (global.get $text)))
    (local.set $out (i32.add (global.get $text) (local.get $n)))
    (drop (memory.grow (i32.sub (i32.shr_u (i32.add (i32.add (local.get $out) (local.get $size)) (i32.const 0xffff)) (i32.const 16)) (memory.size))))
    ;; "Initialize all probabilities to 1/2" (1024 of 2048): those before the literals, 1847, and
    ;; the literal coders.
    (local.set $k (i32.shl (i32.add (i32.const 1847) (i32.shl (i32.const 0x300) (i32.add (local.get $lc) (i32.popcnt (local.get $lpMask))))) (i32.const 1)))
    (loop $fill
      (i32.store16 (local.tee $k (i32.sub (local.get $k) (i32.const 2))) (i32.const 1024))
      (br_if $fill (local.get $k)))
    ;; The range coder: its first byte is 0, the next 4 are the code, big-endian.
    (global.set $code (i32.load offset=6 align=1 (global.get $text)))
    (global.set $code (i32.or (i32.or (i32.shl (global.get $code) (i32.const 24)) (i32.shr_u (global.get $code) (i32.const 24)))
      (i32.or (i32.and (i32.shl (global.get $code) (i32.const 8)) (i32.const 0xff0000)) (i32.and (i32.shr_u (global.get $code) (i32.const 8)) (i32.const 0xff00)))))
    (global.set $in (i32.add (global.get $text) (i32.const 10)))
    (block $done
      (loop $main
        (br_if $done (i32.ge_u (local.get $pos) (local.get $size)))
        (local.set $ps (i32.and (local.get $pos) (local.get $pbMask)))
        ;; IsMatch 0: a literal, by the coder its position and the previous byte choose; after a
        ;; match (state 7 and up) matched against the byte at rep0.
        (if (i32.eqz (call $bit (i32.add (i32.shl (local.get $state) (i32.const 4)) (local.get $ps))))
          (then
            (local.set $base (i32.add (i32.const 1847) (i32.mul (i32.const 0x300)
              (i32.add (i32.shl (i32.and (local.get $pos) (local.get $lpMask)) (local.get $lc))
                (i32.shr_u (if (result i32) (local.get $pos) (then (i32.load8_u (i32.sub (i32.add (local.get $out) (local.get $pos)) (i32.const 1)))) (else (i32.const 0)))
                  (i32.sub (i32.const 8) (local.get $lc)))))))
            (i32.store8 (i32.add (local.get $out) (local.get $pos)) (call $lit (local.get $base)
              (select (i32.or (i32.const 0x100) (i32.load8_u (i32.sub (i32.add (local.get $out) (local.get $pos)) (i32.add (local.get $rep0) (i32.const 1)))))
                (i32.const 0) (i32.gt_u (local.get $state) (i32.const 6)))))
            (local.set $pos (i32.add (local.get $pos) (i32.const 1)))
            (local.set $state
              (if (result i32) (i32.lt_u (local.get $state) (i32.const 4)) (then (i32.const 0))
                (else (i32.sub (local.get $state) (if (result i32) (i32.lt_u (local.get $state) (i32.const 10)) (then (i32.const 3)) (else (i32.const 6)))))))
            (br $main)))
        ;; IsRep 1: a distance used before: rep0 (one byte, a "short rep", when IsRep0Long is 0),
        ;; rep1, rep2 or rep3, which moves to the front.
        (if (call $bit (i32.add (i32.const 192) (local.get $state)))
          (then
            (local.set $len (i32.const 0))
            (if (i32.eqz (call $bit (i32.add (i32.const 204) (local.get $state))))
              (then
                (if (i32.eqz (call $bit (i32.add (i32.const 240) (i32.add (i32.shl (local.get $state) (i32.const 4)) (local.get $ps)))))
                  (then
                    (local.set $state (select (i32.const 9) (i32.const 11) (i32.lt_u (local.get $state) (i32.const 7))))
                    (local.set $len (i32.const -1)))))
              (else
                (if (i32.eqz (call $bit (i32.add (i32.const 216) (local.get $state))))
                  (then (local.set $x (local.get $rep1)))
                  (else
                    (if (i32.eqz (call $bit (i32.add (i32.const 228) (local.get $state))))
                      (then (local.set $x (local.get $rep2)))
                      (else (local.set $x (local.get $rep3)) (local.set $rep3 (local.get $rep2))))
                    (local.set $rep2 (local.get $rep1))))
                (local.set $rep1 (local.get $rep0))
                (local.set $rep0 (local.get $x))))
            (if (i32.ge_s (local.get $len) (i32.const 0))
              (then
                (local.set $len (call $len (i32.const 1333) (local.get $ps)))
                (local.set $state (select (i32.const 8) (i32.const 11) (i32.lt_u (local.get $state) (i32.const 7)))))))
          ;; IsRep 0: a new match: its length, then its distance: a 6-bit slot (by the length),
          ;; whose low bits come from a reverse tree (slots 4-13) or direct bits and ALIGN (14-63).
          (else
            (local.set $rep3 (local.get $rep2))
            (local.set $rep2 (local.get $rep1))
            (local.set $rep1 (local.get $rep0))
            (local.set $len (call $len (i32.const 819) (local.get $ps)))
            (local.set $state (select (i32.const 7) (i32.const 10) (i32.lt_u (local.get $state) (i32.const 7))))
            (local.set $slot (call $tree (i32.add (i32.const 432) (i32.shl (select (local.get $len) (i32.const 3) (i32.lt_u (local.get $len) (i32.const 3))) (i32.const 6))) (i32.const 6)))
            (if (i32.lt_u (local.get $slot) (i32.const 4))
              (then (local.set $rep0 (local.get $slot)))
              (else
                (local.set $k (i32.sub (i32.shr_u (local.get $slot) (i32.const 1)) (i32.const 1)))
                (local.set $rep0 (i32.shl (i32.or (i32.const 2) (i32.and (local.get $slot) (i32.const 1))) (local.get $k)))
                (if (i32.lt_u (local.get $slot) (i32.const 14))
                  (then (local.set $rep0 (i32.add (local.get $rep0) (call $rtree (i32.sub (i32.add (i32.const 688) (local.get $rep0)) (local.get $slot)) (local.get $k)))))
                  (else
                    (local.set $k (i32.sub (local.get $k) (i32.const 4)))
                    (loop $direct
                      (global.set $range (i32.shr_u (global.get $range) (i32.const 1)))
                      (if (i32.ge_u (global.get $code) (global.get $range))
                        (then
                          (global.set $code (i32.sub (global.get $code) (global.get $range)))
                          (local.set $rep0 (i32.add (local.get $rep0) (i32.shl (i32.const 1) (i32.add (local.get $k) (i32.const 3)))))))
                      (call $normalize)
                      (br_if $direct (local.tee $k (i32.sub (local.get $k) (i32.const 1)))))
                    (local.set $rep0 (i32.add (local.get $rep0) (call $rtree (i32.const 803) (i32.const 4))))))))))
        ;; The match: $len + 2 bytes from $rep0 + 1 back ($len -1, a short rep: one byte).
        (local.set $len (i32.add (local.get $len) (i32.const 2)))
        (loop $copy
          (i32.store8 (i32.add (local.get $out) (local.get $pos)) (i32.load8_u (i32.sub (i32.add (local.get $out) (local.get $pos)) (i32.add (local.get $rep0) (i32.const 1)))))
          (local.set $pos (i32.add (local.get $pos) (i32.const 1)))
          (br_if $copy (i32.and (i32.ne (local.tee $len (i32.sub (local.get $len) (i32.const 1))) (i32.const 0)) (i32.lt_u (local.get $pos) (local.get $size)))))
        (br $main)))
    (local.get $size))
)
