using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using InterviewPractice.Web.Tests.Infrastructure;

namespace InterviewPractice.Web.Tests.Judging;

/// <summary>Linked lists, trees and design problems through the real judge, in every language: LeetCode's node
/// classes provided (or the submission's own), nodes built from and written back to LeetCode's lists, a cycle a
/// runtime error rather than a hang, and a class driven by a sequence of operations. (The references of
/// reverse-linked-list, invert-binary-tree and lru-cache are accepted in JudgeTests.)</summary>
[Collection(JudgeCollection.Name)]
public sealed class StructuresJudgeTests(JudgeApp judge)
{
    [Theory]
    // The submission's own node class, as people paste LeetCode's comment uncommented (C#: properties, too).
    [InlineData("csharp", """
        public class ListNode { public int val { get; set; } public ListNode next { get; set; } public ListNode(int x) { val = x; } }
        public class Solution {
            public ListNode ReverseList(ListNode head) {
                ListNode prev = null;
                while (head != null) { var next = head.next; head.next = prev; prev = head; head = next; }
                return prev;
            }
        }
        """)]
    [InlineData("javascript", """
        class ListNode { constructor(val, next) { this.val = val ?? 0; this.next = next ?? null; } }
        var reverseList = function(head) {
            let prev = null;
            while (head) [head.next, prev, head] = [prev, head, head.next];
            return prev;
        };
        """)]
    [InlineData("python", """
        class ListNode:
            def __init__(self, x):
                self.val = x
                self.next = None

        class Solution:
            def reverseList(self, head):
                prev = None
                while head:
                    head.next, prev, head = prev, head, head.next
                return prev
        """)]
    public async Task ListsComeAndGoAsLeetCodesListsWhicheverNodeClassTheSubmissionUses(string language, string code)
    {
        var custom = new JsonArray(new JsonObject { ["head"] = new JsonArray() }, new JsonObject { ["head"] = new JsonArray(4, -5, 6) });

        var result = await judge.JudgeAsync("reverse-linked-list", language, code, mode: "run", customInputs: custom);

        Assert.Equal("Accepted", (string?)result["verdict"]);
        var tests = result["tests"]!.AsArray();
        Assert.Equal("[]", tests[^2]!["actual"]!.ToJsonString());
        Assert.Equal("[6,-5,4]", tests[^1]!["actual"]!.ToJsonString());
    }

    [Theory]
    [InlineData("csharp", "public class Solution { public ListNode ReverseList(ListNode head) { if (head?.next != null) head.next.next = head; return head; } }")]
    [InlineData("javascript", "var reverseList = function(head) { if (head && head.next) head.next.next = head; return head; };")]
    [InlineData("python", "class Solution:\n    def reverseList(self, head):\n        if head and head.next:\n            head.next.next = head\n        return head\n")]
    public async Task AReturnedListWithACycleIsARuntimeErrorNotAHang(string language, string code)
    {
        var custom = new JsonArray(new JsonObject { ["head"] = new JsonArray(1, 2, 3) });

        var result = await judge.JudgeAsync("reverse-linked-list", language, code, mode: "run", customInputs: custom);

        Assert.Equal("RuntimeError", (string?)result["verdict"]);
        Assert.Contains("the returned linked list has a cycle", (string?)result["tests"]!.AsArray()[0]!["message"]);
    }

    [Theory]
    [InlineData("csharp", "public class Solution { public TreeNode InvertTree(TreeNode root) { if (root != null) (root.left, root.right) = (root.right, root.left); return root; } }")]
    [InlineData("javascript", "var invertTree = function(root) { if (root) [root.left, root.right] = [root.right, root.left]; return root; };")]
    [InlineData("python", "class Solution:\n    def invertTree(self, root):\n        if root:\n            root.left, root.right = root.right, root.left\n        return root\n")]
    public async Task TreesComeAndGoInLevelOrderWithNullsAndNoTrailingNulls(string language, string code)
    {
        // Swapping only the root's children: right for a one-level tree, wrong below it.
        var custom = new JsonArray(
            new JsonObject { ["root"] = new JsonArray(1, null, 2) },
            new JsonObject { ["root"] = new JsonArray() },
            new JsonObject { ["root"] = new JsonArray(4, 2, 7, 1, 3) });

        var result = await judge.JudgeAsync("invert-binary-tree", language, code, mode: "run", customInputs: custom);

        var tests = result["tests"]!.AsArray();
        Assert.Equal("[1,2]", tests[^3]!["actual"]!.ToJsonString());
        Assert.Equal("Accepted", (string?)tests[^3]!["verdict"]);
        Assert.Equal("[]", tests[^2]!["actual"]!.ToJsonString());
        Assert.Equal("[4,7,2,null,null,1,3]", tests[^1]!["actual"]!.ToJsonString());
        Assert.Equal("[4,7,2,null,null,3,1]", tests[^1]!["expected"]!.ToJsonString());
        Assert.Equal("WrongAnswer", (string?)tests[^1]!["verdict"]);
    }

    [Theory]
    // Evicts in insertion order (FIFO): a get does not refresh the key.
    [InlineData("csharp", """
        public class LRUCache {
            private readonly int _capacity;
            private readonly Dictionary<int, int> _values = new();
            private readonly Queue<int> _order = new();
            public LRUCache(int capacity) { _capacity = capacity; }
            public int Get(int key) => _values.TryGetValue(key, out var v) ? v : -1;
            public void Put(int key, int value) {
                if (!_values.ContainsKey(key)) {
                    if (_values.Count == _capacity) _values.Remove(_order.Dequeue());
                    _order.Enqueue(key);
                }
                _values[key] = value;
            }
        }
        """)]
    [InlineData("javascript", """
        class LRUCache {
            constructor(capacity) { this.capacity = capacity; this.map = new Map(); }
            get(key) { return this.map.has(key) ? this.map.get(key) : -1; }
            put(key, value) {
                if (!this.map.has(key) && this.map.size === this.capacity) this.map.delete(this.map.keys().next().value);
                this.map.set(key, value);
            }
        }
        """)]
    [InlineData("python", """
        class LRUCache:
            def __init__(self, capacity):
                self.capacity = capacity
                self.values = {}

            def get(self, key):
                return self.values.get(key, -1)

            def put(self, key, value):
                if key not in self.values and len(self.values) == self.capacity:
                    del self.values[next(iter(self.values))]
                self.values[key] = value
        """)]
    public async Task ADesignClassIsDrivenByTheOperationsAndAnswersOneResultEach(string language, string code)
    {
        var custom = new JsonArray(new JsonObject
        {
            ["operations"] = new JsonArray("LRUCache", "put", "put", "get", "put", "get", "get"),
            ["arguments"] = new JsonArray(new JsonArray(2), new JsonArray(1, 1), new JsonArray(2, 2), new JsonArray(1), new JsonArray(3, 3), new JsonArray(2), new JsonArray(1)),
        });

        var result = await judge.JudgeAsync("lru-cache", language, code, mode: "run", customInputs: custom);

        var test = result["tests"]!.AsArray()[^1]!;
        Assert.Equal("[null,null,null,1,null,2,-1]", test["actual"]!.ToJsonString());
        Assert.Equal("[null,null,null,1,null,-1,1]", test["expected"]!.ToJsonString());
        Assert.Equal("WrongAnswer", (string?)test["verdict"]);
    }

    [Fact]
    public async Task ADesignClassWithoutAMethodIsACompilationErrorSayingWhatIsExpected()
    {
        var code = "public class LRUCache {\n    public LRUCache(int capacity) { }\n    public int Get(int key) => -1;\n}\n";

        var result = await judge.JudgeAsync("lru-cache", "csharp", code);

        Assert.Equal("CompilationError", (string?)result["verdict"]);
        Assert.Contains("`LRUCache` has no instance method `Put` taking 2 parameter(s)", (string?)result["compileOutput"]);
    }

    [Fact]
    public async Task ACustomInputThatDoesNotFitTheClassIsRefusedWithWhere()
    {
        var custom = new JsonArray(new JsonObject
        {
            ["operations"] = new JsonArray("LRUCache", "pop"),
            ["arguments"] = new JsonArray(new JsonArray(2), new JsonArray()),
        });

        using var response = await judge.Client.PostAsJsonAsync("/api/submissions", new JsonObject
        {
            ["problem"] = "lru-cache",
            ["language"] = "python",
            ["code"] = SubmissionClient.Reference("lru-cache", "python"),
            ["mode"] = "run",
            ["customInputs"] = custom,
        });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("customInputs[0].operations[1] \"pop\" is not a method of LRUCache (get, put).",
            (string?)(await response.Content.ReadFromJsonAsync<JsonObject>())!["detail"]);
    }
}
