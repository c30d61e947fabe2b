// The statement's constraints, checked on every case by ./interview validate.
function validate({ trainCounts, trainLabels, queries }) {
  const N = trainCounts.length, Q = queries.length;
  assert(N >= 1 && N <= 1000, `N = ${N}; 1..1000`);
  assert(Q >= 1 && Q <= 1000, `queries: ${Q}; 1..1000`);
  const V = trainCounts[0].length;
  assert(V >= 1 && V <= 100, `V = ${V}; 1..100`);
  assert(trainLabels.length === N, `trainLabels has ${trainLabels.length} labels for ${N} documents`);
  const row = (r, name) => {
    assert(r.length === V, `${name} has ${r.length} entries, not V = ${V}`);
    r.forEach((v, j) => assert(Number.isInteger(v) && v >= 0 && v <= 20, `${name}[${j}] = ${v} is outside 0..20`));
  };
  trainCounts.forEach((r, i) => row(r, `trainCounts[${i}]`));
  queries.forEach((r, i) => row(r, `queries[${i}]`));
  trainLabels.forEach((c, i) => assert(Number.isInteger(c) && c >= 0 && c <= 1000, `trainLabels[${i}] = ${c} is outside 0..1000`));
  assert(new Set(trainLabels).size <= 10, `${new Set(trainLabels).size} distinct labels; at most 10`);
}
