// The statement's constraints: 1 <= n <= 10^5, equal lengths, every label 0 or 1. Messages only on failure.
function validate({ yTrue, yPred }) {
  const n = yTrue.length;
  assert(n >= 1 && n <= 100000, `yTrue has ${n} labels; 1..10^5`);
  assert(yPred.length === n, `yPred has ${yPred.length} labels, yTrue ${n}; they must match`);
  for (let i = 0; i < n; i++) {
    if (!((yTrue[i] === 0 || yTrue[i] === 1) && (yPred[i] === 0 || yPred[i] === 1))) assert(false, `yTrue[${i}] = ${yTrue[i]}, yPred[${i}] = ${yPred[i]}; labels are 0 or 1`);
  }
}
