// Two sorted lists and their merge.
//
//   generate: {seed, n1, n2, kind?, maxAbs?}
//     kind: "random"   (values uniform in -maxAbs..maxAbs, each list sorted; the default)
//           "disjoint" (list1 drawn from -10^5..-1, list2 from 0..10^5: all of list2 comes after list1)
function generate({ n1, n2, kind = "random", maxAbs = 100000 }, rng) {
  assert(Number.isInteger(n1) && n1 >= 0 && n1 <= 25000, `n1 = ${n1}`);
  assert(Number.isInteger(n2) && n2 >= 0 && n2 <= 25000, `n2 = ${n2}`);
  assert(maxAbs >= 1 && maxAbs <= 100000, `maxAbs = ${maxAbs}`);
  const draw = (n, lo, hi) => {
    const a = new Array(n);
    for (let i = 0; i < n; i++) a[i] = rng.int(lo, hi);
    return a.sort((x, y) => x - y);
  };
  let list1, list2;
  if (kind === "disjoint") {
    list1 = draw(n1, -100000, -1);
    list2 = draw(n2, 0, 100000);
  } else {
    assert(kind === "random", `unknown kind '${kind}'`);
    list1 = draw(n1, -maxAbs, maxAbs);
    list2 = draw(n2, -maxAbs, maxAbs);
  }
  const out = [];
  let i = 0, j = 0;
  while (i < n1 || j < n2) {
    if (j >= n2 || (i < n1 && list1[i] <= list2[j])) out.push(list1[i++]);
    else out.push(list2[j++]);
  }
  return { in: { list1, list2 }, out };
}
