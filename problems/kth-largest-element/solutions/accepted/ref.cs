public class Solution {
    public int FindKthLargest(int[] nums, int k) {
        // A min-heap of the k largest elements seen so far; its root is the k-th largest.
        var heap = new PriorityQueue<int, int>(k + 1);
        foreach (int x in nums) {
            if (heap.Count < k) {
                heap.Enqueue(x, x);
            } else if (x > heap.Peek()) {
                heap.EnqueueDequeue(x, x);
            }
        }
        return heap.Peek();
    }
}
