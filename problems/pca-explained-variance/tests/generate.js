// The covariance matrix of the centred data (dividing by n - 1).
function covariance(X) {
  const n = X.length, d = X[0].length;
  const mu = new Array(d).fill(0);
  for (let i = 0; i < n; i++) for (let j = 0; j < d; j++) mu[j] += X[i][j];
  for (let j = 0; j < d; j++) mu[j] /= n;
  const C = [];
  for (let j = 0; j < d; j++) C.push(new Array(d).fill(0));
  for (let i = 0; i < n; i++) {
    for (let j = 0; j < d; j++) {
      const a = X[i][j] - mu[j];
      for (let l = j; l < d; l++) C[j][l] += a * (X[i][l] - mu[l]);
    }
  }
  for (let j = 0; j < d; j++) {
    for (let l = j; l < d; l++) {
      C[j][l] /= n - 1;
      C[l][j] = C[j][l];
    }
  }
  return C;
}

// The eigenvalues of a symmetric matrix by cyclic Jacobi rotations (the matrix is overwritten): each rotation in
// the (p, q) plane zeroes a[p][q]; the off-diagonal mass shrinks quadratically and the diagonal is left holding
// the eigenvalues.
function eigenvalues(a) {
  const d = a.length;
  for (let sweep = 0; sweep < 100; sweep++) {
    let off = 0, diag = 0;
    for (let p = 0; p < d; p++) {
      diag += a[p][p] * a[p][p];
      for (let q = p + 1; q < d; q++) off += a[p][q] * a[p][q];
    }
    if (off <= 1e-30 * diag) break;
    for (let p = 0; p < d; p++) {
      for (let q = p + 1; q < d; q++) {
        if (a[p][q] === 0) continue;
        const theta = (a[q][q] - a[p][p]) / (2 * a[p][q]);
        const t = (theta >= 0 ? 1 : -1) / (Math.abs(theta) + Math.sqrt(theta * theta + 1));
        const c = 1 / Math.sqrt(t * t + 1), s = t * c;
        for (let r = 0; r < d; r++) {
          const arp = a[r][p], arq = a[r][q];
          a[r][p] = c * arp - s * arq;
          a[r][q] = s * arp + c * arq;
        }
        for (let r = 0; r < d; r++) {
          const apr = a[p][r], aqr = a[q][r];
          a[p][r] = c * apr - s * aqr;
          a[q][r] = s * apr + c * aqr;
        }
        a[p][q] = 0;
        a[q][p] = 0;
      }
    }
  }
  return a.map((row, i) => row[i]);
}

// solve(input): the eigenvalues of the covariance, largest first, over its trace.
function solve({ X, k }) {
  const C = covariance(X);
  let trace = 0;
  for (let j = 0; j < C.length; j++) trace += C[j][j];
  const lambda = eigenvalues(C.map((row) => row.slice())).sort((x, y) => y - x);
  return lambda.slice(0, k).map((v) => v / trace);
}

// n rows of d features: x_j = m_j + sum_r A[j][r] z_r + (j + 1)^grow * noise * e_j, with the latent factors z
// (`factors` of them, coefficients up to `scale`) shared by all columns, e independent per column, and the
// column offsets m_j = offset + mean * (a draw); every draw is uniform in [-1, 1]. Values are rounded to
// `digits` decimals (3 by default). grow > 0 makes later columns noisier, so that the columns' variances (and
// the eigenvalues, in the order an unsorted Jacobi leaves them) come in increasing order.
function generate({ n, d, k, factors, scale, noise, mean, offset, grow, digits }, rng) {
  const u = () => rng.float() * 2 - 1;
  const f = 10 ** (digits ?? 3);
  const A = [], mu = [];
  for (let j = 0; j < d; j++) {
    const row = [];
    for (let r = 0; r < factors; r++) row.push(u() * scale);
    A.push(row);
    mu.push((offset ?? 0) + u() * mean);
  }
  const X = [];
  const z = new Array(factors);
  for (let i = 0; i < n; i++) {
    for (let r = 0; r < factors; r++) z[r] = u();
    const row = [];
    for (let j = 0; j < d; j++) {
      let v = mu[j] + (j + 1) ** (grow ?? 0) * noise * u();
      for (let r = 0; r < factors; r++) v += A[j][r] * z[r];
      v = Math.round(v * f) / f;
      assert(Math.abs(v) <= 1000, `generated value ${v} is outside -1000..1000`);
      row.push(v);
    }
    X.push(row);
  }
  return { in: { X, k }, out: solve({ X, k }) };
}
