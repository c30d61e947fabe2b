// Removes each letter of s from an array of t's letters with indexOf + splice (which shifts the rest of the
// array); the one letter left is the answer. O(n^2).
var findTheDifference = function(s, t) {
    const rest = t.split("");
    for (const c of s) {
        rest.splice(rest.indexOf(c), 1);
    }
    return rest[0];
};
