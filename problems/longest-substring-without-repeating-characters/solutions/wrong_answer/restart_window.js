// Plausible bug: on a repeat, throws the whole window away and restarts at the current
// character. In "dvdf" the answer "vdf" starts right after the first 'd', not at the second.
var lengthOfLongestSubstring = function(s) {
    let seen = new Set();
    let best = 0;
    for (const c of s) {
        if (seen.has(c)) {
            seen = new Set();
        }
        seen.add(c);
        best = Math.max(best, seen.size);
    }
    return best;
};
