using System.Text.Json.Nodes;
using InterviewPractice.Problems;
using InterviewPractice.Problems.Loading;

namespace InterviewPractice.Engine.Tests.Problems;

/// <summary>The type set beyond scalars and arrays: linked lists, trees, chars, nullable values, and design
/// problems (a class driven by operations), from problem.md to cases and starter code.</summary>
public sealed class SignatureTypesTests : IDisposable
{
    private readonly TempProblems _temp = new();

    public void Dispose() => _temp.Dispose();

    private const string TreeProblem = """
        ---
        title: Invert
        kind: code
        difficulty: easy
        signature:
          function: invertTree
          params:
            - {name: root, type: TreeNode}
          returns: TreeNode
        ---
        Invert the tree.
        """;

    private const string LruProblem = """
        ---
        title: LRU
        kind: code
        difficulty: medium
        signature:
          class: LRUCache
          constructor:
            - {name: capacity, type: int}
          methods:
            - {name: get, params: [{name: key, type: int}], returns: int}
            - {name: put, params: [{name: key, type: int}, {name: value, type: int}]}
        ---
        A cache.
        """;

    private const string LruSample = """
        - name: s
          in:
            operations: [LRUCache, put, get, get]
            arguments: [[1], [1, 10], [1], [2]]
          out: [null, null, 10, -1]
        """;

    private const string LruHidden = """
        - name: a
          in: {operations: [LRUCache, get], arguments: [[1], [1]]}
          out: [null, -1]
        - name: b
          in: {operations: [LRUCache, put, put, get], arguments: [[1], [1, 1], [2, 2], [1]]}
          out: [null, null, null, -1]
        - name: c
          in: {operations: [LRUCache], arguments: [[3]]}
          out: [null]
        """;

    private ProblemLoadResult Load(string statement, string samples, string hidden)
    {
        _temp.AddValid("p", new Dictionary<string, string?>
        {
            ["problem.md"] = statement,
            ["tests/sample.yaml"] = samples,
            ["tests/hidden.yaml"] = hidden,
        });
        return ProblemLoader.Load(_temp.Root, "p");
    }

    private ProblemLoadResult LoadTree(string hidden) => Load(TreeProblem, "- name: s\n  in: {root: [2, 1, 3]}\n  out: [2, 3, 1]\n", hidden);

    private const string TreeHidden = "- name: a\n  in: {root: []}\n  out: []\n- name: b\n  in: {root: [1, null, 2]}\n  out: [1, 2]\n";

    [Fact]
    public void TreesAreLevelOrderListsWithNullsAndTheEmptyTreeIsAnEmptyList()
    {
        var result = LoadTree(TreeHidden + "- name: c\n  in: {root: [1, 2, null, 3]}\n  out: [1, null, 2, null, 3]\n");

        Assert.Empty(result.Errors);
        var problem = result.Problem!;
        Assert.Equal("[1,null,2]", problem.Hidden[1].Input["root"]!.ToJsonString());
        Assert.Equal("[]", problem.Hidden[0].Output.ToJsonString());
        Assert.Contains("public TreeNode InvertTree(TreeNode root)", problem.StarterCode[Language.CSharp]);
        Assert.Contains(" * Definition for a binary tree node.\n * public class TreeNode {", problem.StarterCode[Language.CSharp]);
        Assert.Contains("@param {TreeNode|null} root", problem.StarterCode[Language.JavaScript]);
        Assert.Contains("# class TreeNode:", problem.StarterCode[Language.Python]);
        Assert.Contains(":type root: Optional[TreeNode]", problem.StarterCode[Language.Python]);
    }

    [Theory]
    [InlineData("[null, 1]", "'root' of case 'bad' is a TreeNode whose root is null: write the empty tree as []")]
    [InlineData("[1, 2, null]", "'root' of case 'bad' is a TreeNode ending in null: leave out trailing nulls, as LeetCode writes trees")]
    [InlineData("[1, x]", "'root' of case 'bad' must be a TreeNode: its level order as a list of integers and nulls (missing children), [] for an empty tree")]
    public void AMalformedTreeIsAnErrorAtItsCase(string tree, string message)
    {
        var result = LoadTree(TreeHidden + $"- name: bad\n  in: {{root: {tree}}}\n  out: []\n");

        var error = Assert.Single(result.Errors);
        Assert.Equal(("p/tests/hidden.yaml", 8), (error.Location.File, error.Location.Line));
        Assert.Equal(message, error.Message);
    }

    [Fact]
    public void ListsCharsAndNullableValuesReadFromYamlAndAreCheckedPerElement()
    {
        var statement = """
            ---
            title: Mixed
            kind: code
            difficulty: easy
            signature:
              function: mixed
              params:
                - {name: head, type: ListNode}
                - {name: lists, type: "ListNode[]"}
                - {name: board, type: "char[][]"}
                - {name: limit, type: "int?"}
              returns: "char?[]"
            ---
            Mixed.
            """;
        const string sample = "- name: s\n  in: {head: [1, 2], lists: [[1], []], board: [[a, 'b'], ['1', '#']], limit: null}\n  out: [x, null]\n";
        const string hidden = "- name: a\n  in: {head: [], lists: [], board: [], limit: 3}\n  out: []\n- name: b\n  in: {head: [5], lists: [[]], board: [[z]], limit: -1}\n  out: [null]\n- name: c\n  in: {head: [5], lists: [[2]], board: [[z]], limit: 0}\n  out: ['y']\n";

        var result = Load(statement, sample, hidden);
        Assert.Empty(result.Errors);
        var input = result.Problem!.Samples[0].Input;
        Assert.Equal("""{"head":[1,2],"lists":[[1],[]],"board":[["a","b"],["1","#"]],"limit":null}""", input.ToJsonString());
        Assert.Contains("public char?[] Mixed(ListNode head, ListNode[] lists, char[][] board, int? limit)", result.Problem.StarterCode[Language.CSharp]);
        Assert.Contains(":type limit: Optional[int]", result.Problem.StarterCode[Language.Python]);
        Assert.Contains("@param {(ListNode|null)[]} lists", result.Problem.StarterCode[Language.JavaScript]);

        var bad = Load(statement, sample, hidden + "- name: d\n  in: {head: [1, null], lists: [], board: [[ab]], limit: 1}\n  out: []\n");
        var errors = bad.Errors.Select(e => (e.Location.Line, e.Message)).ToList();
        Assert.Contains((11, "'head' of case 'd' must be a ListNode: the list's values as a list of integers, [] for an empty list"), errors);
        Assert.Contains((11, "'board' of case 'd'[0][0]: 'ab' is not a char (one character, e.g. 'a')"), errors);
    }

    [Fact]
    public void AFunctionCannotReturnABareNullableValue()
    {
        var statement = TreeProblem.Replace("returns: TreeNode", "returns: \"int?\"", StringComparison.Ordinal);
        var result = Load(statement, "- name: s\n  in: {root: []}\n  out: 1\n", TreeHidden);

        var error = Assert.Single(result.Errors);
        Assert.Equal(new SourceLocation("p/problem.md", 9, 12), error.Location);
        Assert.Equal("'returns' cannot be the nullable int?: return a sentinel or a list, e.g. int?[]", error.Message);
    }

    [Fact]
    public void ADesignProblemDrivesAClassByOperationsWithStarterCodeInEachLanguage()
    {
        var result = Load(LruProblem, LruSample, LruHidden);

        Assert.Empty(result.Errors);
        var problem = result.Problem!;
        var design = problem.Signature!.Design!;
        Assert.Equal("LRUCache(capacity: int) { get(key: int): int; put(key: int, value: int) }", design.ToString());
        Assert.Equal("""{"operations":["LRUCache","put","get","get"],"arguments":[[1],[1,10],[1],[2]]}""", problem.Samples[0].Input.ToJsonString());
        Assert.Equal("[null,null,10,-1]", problem.Samples[0].Output.ToJsonString());
        Assert.Equal(
            "public class LRUCache {\n\n    public LRUCache(int capacity) {\n        \n    }\n    \n    public int Get(int key) {\n        \n    }\n    \n    public void Put(int key, int value) {\n        \n    }\n}\n",
            problem.StarterCode[Language.CSharp]);
        Assert.Equal(
            "/**\n * @param {number} capacity\n */\nvar LRUCache = function(capacity) {\n    \n};\n\n/**\n * @param {number} key\n * @return {number}\n */\nLRUCache.prototype.get = function(key) {\n    \n};\n\n/**\n * @param {number} key\n * @param {number} value\n */\nLRUCache.prototype.put = function(key, value) {\n    \n};\n",
            problem.StarterCode[Language.JavaScript]);
        Assert.Equal(
            "class LRUCache:\n\n    def __init__(self, capacity: int):\n        pass\n\n    def get(self, key: int) -> int:\n        pass\n\n    def put(self, key: int, value: int) -> None:\n        pass\n",
            problem.StarterCode[Language.Python]);
    }

    [Theory]
    [InlineData("{operations: [LRUCache, put, pop], arguments: [[1], [1, 1], []]}", "[null, null, 1]", 11, "case 'bad': in.operations[2] \"pop\" is not a method of LRUCache (get, put)")]
    [InlineData("{operations: [Cache, get], arguments: [[1], [1]]}", "[null, 1]", 11, "case 'bad': in.operations[0] must be \"LRUCache\" (the constructor), not \"Cache\"")]
    [InlineData("{operations: [LRUCache, put], arguments: [[1], [1]]}", "[null, null]", 11, "case 'bad': in.arguments[1] must be a list of the 2 argument(s) of put(key: int, value: int)")]
    [InlineData("{operations: [LRUCache, get], arguments: [[1], [\"k\"]]}", "[null, 1]", 11, "case 'bad': in.arguments[1][0] (get's key) must be an int")]
    [InlineData("{operations: [LRUCache, get], arguments: [[1], [1]]}", "[null]", 12, "case 'bad': out must be a list with one result per operation (2): null for the constructor and for methods that return nothing")]
    [InlineData("{operations: [LRUCache, put], arguments: [[1], [1, 2]]}", "[null, 2]", 12, "case 'bad': out[1] must be null (put returns nothing)")]
    public void AnOperationThatDoesNotFitTheClassIsAnErrorAtItsCase(string input, string output, int line, string message)
    {
        var result = Load(LruProblem, LruSample, LruHidden + $"\n- name: bad\n  in: {input}\n  out: {output}\n");

        var error = Assert.Single(result.Errors);
        Assert.Equal(line, error.Location.Line);
        Assert.Equal(message, error.Message);
    }

    [Fact]
    public void ADesignSignatureIsCheckedLikeAFunctions()
    {
        var result = Load(LruProblem.Replace("    - {name: put,", "    - {name: get,", StringComparison.Ordinal), LruSample, LruHidden);

        var error = Assert.Single(result.Errors, e => e.Location.File == "p/problem.md");
        Assert.Equal(11, error.Location.Line);
        Assert.Equal("method name 'get' must be unique and differ from the class name", error.Message);
    }

    [Fact]
    public void ArgumentsOfARunAreCheckedAgainstTheSignatureWithTheirPath()
    {
        var design = Load(LruProblem, LruSample, LruHidden).Problem!.Signature!;

        Assert.Null(design.CheckArguments(JsonNode.Parse("""{"operations":["LRUCache","get"],"arguments":[[2],[1]]}""")!.AsObject(), "customInputs[0]."));
        Assert.Equal("customInputs[0].arguments[1][0] (get's key) must be an int",
            design.CheckArguments(JsonNode.Parse("""{"operations":["LRUCache","get"],"arguments":[[2],[1.5]]}""")!.AsObject(), "customInputs[0]."));
        Assert.Equal("customInputs[0].arguments is missing",
            design.CheckArguments(JsonNode.Parse("""{"operations":["LRUCache"]}""")!.AsObject(), "customInputs[0]."));
    }
}
