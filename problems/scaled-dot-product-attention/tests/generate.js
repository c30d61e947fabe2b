// solve(input): scores, a max-shifted softmax per row, then the weighted sum of the value rows.
function solve({ Q, K, V }) {
  const n = Q.length, m = K.length, d = Q[0].length, dv = V[0].length;
  const scale = Math.sqrt(d);
  const out = [];
  const s = new Array(m);
  let i, j, t, mx, total, row, a;
  for (i = 0; i < n; i++) {
    mx = -Infinity;
    for (j = 0; j < m; j++) {
      a = 0;
      for (t = 0; t < d; t++) a += Q[i][t] * K[j][t];
      s[j] = a / scale;
      if (s[j] > mx) mx = s[j];
    }
    total = 0;
    for (j = 0; j < m; j++) {
      s[j] = Math.exp(s[j] - mx);
      total += s[j];
    }
    row = new Array(dv).fill(0);
    for (j = 0; j < m; j++) {
      a = s[j] / total;
      for (t = 0; t < dv; t++) row[t] += a * V[j][t];
    }
    out.push(row);
  }
  return out;
}

// Random matrices with entries in [-range, range] (three decimals).
function generate({ n, m, d, dv, range }, rng) {
  const mat = (r, c) => {
    const x = [];
    for (let i = 0; i < r; i++) {
      const row = [];
      for (let j = 0; j < c; j++) row.push(Math.round((rng.float() * 2 - 1) * range * 1000) / 1000);
      x.push(row);
    }
    return x;
  };
  const Q = mat(n, d), K = mat(m, d), V = mat(m, dv);
  return { in: { Q, K, V }, out: solve({ Q, K, V }) };
}
