public class Solution {
    public int[] FindOrder(int numCourses, int[][] prerequisites) {
        // Kahn's algorithm: repeatedly take a course whose prerequisites are all taken.
        var after = new List<int>[numCourses];
        for (int c = 0; c < numCourses; c++) {
            after[c] = new List<int>();
        }
        var indegree = new int[numCourses];
        foreach (var pair in prerequisites) {
            after[pair[1]].Add(pair[0]);
            indegree[pair[0]]++;
        }
        var ready = new Queue<int>();
        for (int c = 0; c < numCourses; c++) {
            if (indegree[c] == 0) ready.Enqueue(c);
        }
        var order = new List<int>(numCourses);
        while (ready.Count > 0) {
            int c = ready.Dequeue();
            order.Add(c);
            foreach (int d in after[c]) {
                if (--indegree[d] == 0) ready.Enqueue(d);
            }
        }
        // Courses on a cycle (or after one) never reach indegree 0.
        return order.Count == numCourses ? order.ToArray() : Array.Empty<int>();
    }
}
