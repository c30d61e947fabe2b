// The statement's constraints: 0..10^4 lists, 10^5 nodes in all, values in -10^4..10^4, each list sorted.
function validate({ lists }) {
  assert(lists.length <= 10000, `lists has ${lists.length} lists; 0..10^4`);
  let total = 0;
  for (let i = 0; i < lists.length; i++) {
    const list = lists[i];
    total += list.length;
    for (let j = 0; j < list.length; j++) {
      const v = list[j];
      if (!(Number.isInteger(v) && v >= -10000 && v <= 10000)) {
        assert(false, `lists[${i}][${j}] = ${v}; an integer in -10^4..10^4`);
      }
      if (j > 0 && list[j - 1] > v) {
        assert(false, `lists[${i}] is not sorted at ${j}: ${list[j - 1]} > ${v}`);
      }
    }
  }
  assert(total <= 100000, `${total} nodes in all; at most 10^5`);
}
