// The statement's constraints, checked on every case by ./interview validate.
function validate({ labels, scores }) {
  const n = labels.length;
  assert(n >= 1 && n <= 2 * 10 ** 5, `n = ${n}; 1..2*10^5`);
  assert(scores.length === n, `scores has ${scores.length} entries, labels ${n}`);
  let positives = 0;
  for (let i = 0; i < n; i++) {
    assert(labels[i] === 0 || labels[i] === 1, `labels[${i}] = ${labels[i]} is not 0 or 1`);
    assert(Math.abs(scores[i]) <= 10 ** 6, `scores[${i}] = ${scores[i]} is outside -10^6..10^6`);
    positives += labels[i];
  }
  assert(positives >= 1, 'needs at least one positive');
}
