/**
 * @param {number[]} logits
 * @return {number[]}
 */
var softmax = function(logits) {
    let shift = -Infinity;
    for (const z of logits) shift = Math.max(shift, z);
    const exps = logits.map(z => Math.exp(z - shift));
    let total = 0;
    for (const e of exps) total += e;
    return exps.map(e => e / total);
};
