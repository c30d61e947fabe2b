// The statement's constraints: each list has 0..2.5*10^4 nodes, values integers in -10^5..10^5, sorted in
// non-decreasing order.
function validate({ list1, list2 }) {
  for (const [name, list] of [["list1", list1], ["list2", list2]]) {
    assert(list.length <= 25000, `${name} has ${list.length} nodes; 0..2.5*10^4`);
    for (let i = 0; i < list.length; i++) {
      const v = list[i];
      if (!(Number.isInteger(v) && v >= -100000 && v <= 100000)) {
        assert(false, `${name} node ${i} has value ${v}; an integer in -10^5..10^5`);
      }
      if (i > 0 && list[i - 1] > v) {
        assert(false, `${name} is not sorted: node ${i - 1} is ${list[i - 1]}, node ${i} is ${v}`);
      }
    }
  }
}
