// The statement's constraints: the constructor first with 1 <= capacity <= 10^5, then at most 2*10^5 calls with
// keys in 0..10^5 and values in 0..10^9.
function validate({ operations, arguments: args }) {
  assert(operations[0] === "LRUCache" && operations.length === args.length, "the constructor comes first, one argument list per call");
  const capacity = args[0][0];
  assert(Number.isInteger(capacity) && capacity >= 1 && capacity <= 100000, `capacity = ${capacity}; 1..10^5`);
  assert(operations.length - 1 <= 200000, `${operations.length - 1} calls; at most 2*10^5`);
  for (let i = 1; i < operations.length; i++) {
    assert(operations[i] !== "LRUCache", `call ${i} constructs a second cache`);
    const [key, value] = args[i];
    if (!(Number.isInteger(key) && key >= 0 && key <= 100000)) assert(false, `call ${i}: key = ${key}; 0..10^5`);
    if (operations[i] === "put" && !(Number.isInteger(value) && value >= 0 && value <= 1000000000)) {
      assert(false, `call ${i}: value = ${value}; 0..10^9`);
    }
  }
}
