// Plausible bug: assumes nothing inside can beat a pair of equal walls and stops there.
// Taller walls further in can still hold more water ([1, 5, 5, 1]).
var maxArea = function(height) {
    let left = 0, right = height.length - 1, best = 0;
    while (left < right) {
        best = Math.max(best, (right - left) * Math.min(height[left], height[right]));
        if (height[left] === height[right]) {
            break;
        }
        if (height[left] < height[right]) {
            left++;
        } else {
            right--;
        }
    }
    return best;
};
