/**
 * @param {number[]} expected
 * @param {number[]} actual
 * @return {number}
 */
var psi = function(expected, actual) {
    const se = expected.reduce((a, b) => a + b, 0), sa = actual.reduce((a, b) => a + b, 0);
    let total = 0;
    for (let i = 0; i < expected.length; i++) {
        const p = expected[i] === 0 ? 1e-4 : expected[i] / se;
        const q = actual[i] === 0 ? 1e-4 : actual[i] / sa;
        total += (q - p) * Math.log(q / p);
    }
    return total;
};
