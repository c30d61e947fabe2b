// Plausible bug: counts inside the merge loop, as in the classic inversion count, by letting the test
// left[i] > 2 * right[j] decide which value to take next. That test is not the sorting order (left[i] may be
// larger than right[j] without being larger than twice it), so the merged halves come out unsorted and later
// counts are wrong.
var reversePairs = function(nums) {
    const sortAndCount = (a) => {
        if (a.length <= 1) {
            return [a, 0];
        }
        const mid = a.length >> 1;
        const [left, c1] = sortAndCount(a.slice(0, mid));
        const [right, c2] = sortAndCount(a.slice(mid));
        let count = c1 + c2;
        const merged = [];
        let i = 0, j = 0;
        while (i < left.length && j < right.length) {
            if (left[i] > 2 * right[j]) {
                count += left.length - i;
                merged.push(right[j++]);
            } else {
                merged.push(left[i++]);
            }
        }
        while (i < left.length) {
            merged.push(left[i++]);
        }
        while (j < right.length) {
            merged.push(right[j++]);
        }
        return [merged, count];
    };
    return sortAndCount(nums)[1];
};
