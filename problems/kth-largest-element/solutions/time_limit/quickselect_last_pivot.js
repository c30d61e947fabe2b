// Quickselect with the LAST element as the pivot (Lomuto partition). Expected O(n) on
// random data, but on sorted input every partition peels off a single element: O(n^2).
var findKthLargest = function(nums, k) {
    const a = nums.slice();
    const want = a.length - k;
    let lo = 0, hi = a.length - 1;
    while (lo < hi) {
        const pivot = a[hi];
        let store = lo;
        for (let i = lo; i < hi; i++) {
            if (a[i] < pivot) {
                [a[store], a[i]] = [a[i], a[store]];
                store++;
            }
        }
        [a[store], a[hi]] = [a[hi], a[store]];
        if (store === want) {
            return a[store];
        } else if (store < want) {
            lo = store + 1;
        } else {
            hi = store - 1;
        }
    }
    return a[want];
};
