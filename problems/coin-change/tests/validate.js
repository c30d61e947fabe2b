// The statement's constraints: 1..12 distinct denominations, each an integer in 1..2^31 - 1, and an amount in
// 0..10^4.
function validate({ coins, amount }) {
  const k = coins.length;
  assert(k >= 1 && k <= 12, `coins has ${k} elements; 1..12`);
  coins.forEach((c, i) => assert(Number.isInteger(c) && c >= 1 && c <= 2147483647, `coins[${i}] = ${c} is outside 1..2^31 - 1`));
  assert(new Set(coins).size === k, `the denominations are not distinct: ${coins}`);
  assert(Number.isInteger(amount) && amount >= 0 && amount <= 10000, `amount = ${amount} is outside 0..10^4`);
}
