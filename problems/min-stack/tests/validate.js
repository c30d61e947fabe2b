// The statement's constraints: the constructor first, at most 2*10^5 calls, pushed values are 32-bit integers,
// and pop, top and getMin only on a non-empty stack.
function validate({ operations, arguments: args }) {
  assert(operations[0] === "MinStack" && operations.length === args.length, "the constructor comes first, one argument list per call");
  assert(operations.length - 1 <= 200000, `${operations.length - 1} calls; at most 2*10^5`);
  let size = 0;
  for (let i = 1; i < operations.length; i++) {
    const op = operations[i];
    if (op === "push") {
      const v = args[i][0];
      if (!(Number.isInteger(v) && v >= -2147483648 && v <= 2147483647)) assert(false, `call ${i}: push(${v}) is not a 32-bit integer`);
      size++;
    } else {
      assert(op !== "MinStack", `call ${i} constructs a second stack`);
      if (size === 0) assert(false, `call ${i}: ${op} on an empty stack`);
      if (op === "pop") size--;
    }
  }
}
