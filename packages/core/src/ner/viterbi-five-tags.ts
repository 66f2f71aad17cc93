// Viterbi's forward pass unrolled for five tags (O/B/I/E/S, the name taggers), the costliest loop of name
// tagging after the feature lookups: scores and transitions live in locals instead of typed arrays. Each
// score is rounded to float32 as the general loop's Float32Array stores it, so both choose the same path.

/** Fills `back` (n × 5 back-pointers) for emissions `em` and transitions `tr`; returns the best last tag. */
export function forward5(tr: Float32Array, em: Float32Array, back: Uint8Array, n: number): number {
  const t00 = tr[0]!;
  const t01 = tr[1]!;
  const t02 = tr[2]!;
  const t03 = tr[3]!;
  const t04 = tr[4]!;
  const t10 = tr[5]!;
  const t11 = tr[6]!;
  const t12 = tr[7]!;
  const t13 = tr[8]!;
  const t14 = tr[9]!;
  const t20 = tr[10]!;
  const t21 = tr[11]!;
  const t22 = tr[12]!;
  const t23 = tr[13]!;
  const t24 = tr[14]!;
  const t30 = tr[15]!;
  const t31 = tr[16]!;
  const t32 = tr[17]!;
  const t33 = tr[18]!;
  const t34 = tr[19]!;
  const t40 = tr[20]!;
  const t41 = tr[21]!;
  const t42 = tr[22]!;
  const t43 = tr[23]!;
  const t44 = tr[24]!;
  const f = Math.fround;
  let s0 = f(tr[25]! + em[0]!);
  let s1 = f(tr[26]! + em[1]!);
  let s2 = f(tr[27]! + em[2]!);
  let s3 = f(tr[28]! + em[3]!);
  let s4 = f(tr[29]! + em[4]!);
  for (let i = 1, e = 5; i < n; i++, e += 5) {
    let b0 = s0 + t00;
    let a0 = 0;
    if (s1 + t10 > b0) {
      b0 = s1 + t10;
      a0 = 1;
    }
    if (s2 + t20 > b0) {
      b0 = s2 + t20;
      a0 = 2;
    }
    if (s3 + t30 > b0) {
      b0 = s3 + t30;
      a0 = 3;
    }
    if (s4 + t40 > b0) {
      b0 = s4 + t40;
      a0 = 4;
    }
    back[e + 0] = a0;
    let b1 = s0 + t01;
    let a1 = 0;
    if (s1 + t11 > b1) {
      b1 = s1 + t11;
      a1 = 1;
    }
    if (s2 + t21 > b1) {
      b1 = s2 + t21;
      a1 = 2;
    }
    if (s3 + t31 > b1) {
      b1 = s3 + t31;
      a1 = 3;
    }
    if (s4 + t41 > b1) {
      b1 = s4 + t41;
      a1 = 4;
    }
    back[e + 1] = a1;
    let b2 = s0 + t02;
    let a2 = 0;
    if (s1 + t12 > b2) {
      b2 = s1 + t12;
      a2 = 1;
    }
    if (s2 + t22 > b2) {
      b2 = s2 + t22;
      a2 = 2;
    }
    if (s3 + t32 > b2) {
      b2 = s3 + t32;
      a2 = 3;
    }
    if (s4 + t42 > b2) {
      b2 = s4 + t42;
      a2 = 4;
    }
    back[e + 2] = a2;
    let b3 = s0 + t03;
    let a3 = 0;
    if (s1 + t13 > b3) {
      b3 = s1 + t13;
      a3 = 1;
    }
    if (s2 + t23 > b3) {
      b3 = s2 + t23;
      a3 = 2;
    }
    if (s3 + t33 > b3) {
      b3 = s3 + t33;
      a3 = 3;
    }
    if (s4 + t43 > b3) {
      b3 = s4 + t43;
      a3 = 4;
    }
    back[e + 3] = a3;
    let b4 = s0 + t04;
    let a4 = 0;
    if (s1 + t14 > b4) {
      b4 = s1 + t14;
      a4 = 1;
    }
    if (s2 + t24 > b4) {
      b4 = s2 + t24;
      a4 = 2;
    }
    if (s3 + t34 > b4) {
      b4 = s3 + t34;
      a4 = 3;
    }
    if (s4 + t44 > b4) {
      b4 = s4 + t44;
      a4 = 4;
    }
    back[e + 4] = a4;
    s0 = f(b0 + em[e + 0]!);
    s1 = f(b1 + em[e + 1]!);
    s2 = f(b2 + em[e + 2]!);
    s3 = f(b3 + em[e + 3]!);
    s4 = f(b4 + em[e + 4]!);
  }
  let arg = 0;
  let best = s0;
  if (s1 > best) {
    best = s1;
    arg = 1;
  }
  if (s2 > best) {
    best = s2;
    arg = 2;
  }
  if (s3 > best) {
    best = s3;
    arg = 3;
  }
  if (s4 > best) {
    best = s4;
    arg = 4;
  }
  return arg;
}
