// The statement's constraints, checked on every case by ./interview validate.
function validate({ logits }) {
  const n = logits.length;
  assert(n >= 1 && n <= 10000, `logits has ${n} elements; 1..10^4`);
  for (let i = 0; i < n; i++) {
    if (!(Math.abs(logits[i]) <= 10000)) assert(false, `logits[${i}] = ${logits[i]} is outside -10^4..10^4`);
  }
}
