// Plausible bug: no epsilon for empty bins. log(0 / p) = -Infinity and log(q / 0) = Infinity, so one empty
// bin makes the index infinite (or NaN when a bin is empty on both sides).
var psi = function(expected, actual) {
    const se = expected.reduce((a, b) => a + b, 0), sa = actual.reduce((a, b) => a + b, 0);
    let total = 0;
    for (let i = 0; i < expected.length; i++) {
        const p = expected[i] / se, q = actual[i] / sa;
        total += (q - p) * Math.log(q / p);
    }
    return total;
};
