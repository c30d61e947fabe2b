// The statement's constraints, checked on every case by ./interview validate.
function validate({ scores, labels }) {
  assert(scores.length >= 2 && scores.length <= 10 ** 5, `n = ${scores.length}; 2..10^5`);
  assert(labels.length === scores.length, `labels has ${labels.length} entries, scores ${scores.length}`);
  scores.forEach((s, i) => assert(Math.abs(s) <= 10 ** 6, `scores[${i}] = ${s} is outside -10^6..10^6`));
  labels.forEach((y, i) => assert(y === 0 || y === 1, `labels[${i}] = ${y} is not 0 or 1`));
  assert(labels.includes(0) && labels.includes(1), 'needs at least one positive and one negative');
}
