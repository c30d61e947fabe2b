// Plausible bug: the textbook formula without subtracting the maximum. Fine for small
// logits, but exp overflows to Infinity for large ones (Infinity / Infinity = NaN) and
// underflows to 0 for very negative ones (0 / 0 = NaN).
var softmax = function(logits) {
    const exps = logits.map(z => Math.exp(z));
    let total = 0;
    for (const e of exps) total += e;
    return exps.map(e => e / total);
};
