// Plausible bug: sorts t to compare it position by position with s, but forgets to sort s as well; the first
// position where the two differ says nothing about the added letter unless s happened to be sorted.
var findTheDifference = function(s, t) {
    const sortedT = t.split("").sort();
    for (let i = 0; i < s.length; i++) {
        if (s[i] !== sortedT[i]) {
            return sortedT[i];
        }
    }
    return sortedT[sortedT.length - 1];
};
