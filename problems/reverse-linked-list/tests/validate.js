// The statement's constraints: 0..5*10^4 nodes, each value an integer in -5000..5000.
function validate({ head }) {
  assert(head.length <= 50000, `the list has ${head.length} nodes; 0..5*10^4`);
  for (let i = 0; i < head.length; i++) {
    const v = head[i];
    if (!(Number.isInteger(v) && v >= -5000 && v <= 5000)) {
      assert(false, `node ${i} has value ${v}; an integer in -5000..5000`);
    }
  }
}
