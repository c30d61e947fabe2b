using System.Collections.Immutable;
using System.Text;

namespace InterviewPractice.Problems;

/// <summary>
/// Generates the code a user starts from, per language, from the signature, in LeetCode's conventions so
/// habits carry over: a <c>Solution</c> class (or the design problem's own class), and the definitions of
/// <c>ListNode</c>/<c>TreeNode</c> as a comment when the signature uses them (the judge provides the classes).
/// Never hand-copied into problem folders, so it cannot drift from the signature.
/// </summary>
public static class StarterCode
{
    /// <summary>Starter code for every language of a problem.</summary>
    public static ImmutableDictionary<Language, string> For(IoMode io, Signature? signature, IEnumerable<Language> languages) =>
        languages.ToImmutableDictionary(l => l, l => io == IoMode.Stdio || signature is null ? Stdio(l) : NodeDefinitions(l, signature) + Code(l, signature));

    /// <summary>The method name in C#: the function name in PascalCase.</summary>
    public static string CSharpName(string function) => char.ToUpperInvariant(function[0]) + function[1..];

    private static string Code(Language language, Signature s) => (s.Design, language) switch
    {
        (null, Language.CSharp) => $$"""
            public class Solution {
                public {{CSharp(s.Returns)}} {{CSharpName(s.Function)}}({{CSharpParams(s.Params)}}) {
                    
                }
            }
            """ + "\n",
        (null, Language.JavaScript) => JsDoc(s.Params, s.Returns) + $$"""
            var {{s.Function}} = function({{string.Join(", ", s.Params.Select(p => p.Name))}}) {
                
            };
            """ + "\n",
        (null, Language.Python) => PythonFunction(s),
        ({ } d, Language.CSharp) => CSharpDesign(d),
        ({ } d, Language.JavaScript) => JavaScriptDesign(d),
        ({ } d, Language.Python) => PythonDesign(d),
        _ => throw new ArgumentOutOfRangeException(nameof(language)),
    };

    private static string Stdio(Language language) => language switch
    {
        Language.CSharp => """
            // Read the input from standard input, write the answer to standard output.
            var input = Console.In.ReadToEnd();

            """,
        Language.JavaScript => """
            // Read the input from standard input, write the answer to standard output.
            const input = require("fs").readFileSync(0, "utf8");

            """,
        Language.Python => """
            # Read the input from standard input, write the answer to standard output.
            import sys

            data = sys.stdin.read()

            """,
        _ => throw new ArgumentOutOfRangeException(nameof(language)),
    };

    // ---- functions ----

    private static string PythonFunction(Signature s)
    {
        var code = new StringBuilder("class Solution:\n");
        code.Append($"    def {s.Function}(self{string.Concat(s.Params.Select(p => ", " + p.Name))}):\n");
        code.Append("        \"\"\"\n");
        foreach (var p in s.Params)
        {
            code.Append($"        :type {p.Name}: {Python(p.Type)}\n");
        }
        return code.Append($"        :rtype: {Python(s.Returns)}\n        \"\"\"\n        \n").ToString();
    }

    private static string JsDoc(IEnumerable<Parameter> parameters, DataType? returns)
    {
        var doc = new StringBuilder("/**\n");
        foreach (var p in parameters)
        {
            doc.Append($" * @param {{{JavaScript(p.Type)}}} {p.Name}\n");
        }
        if (returns is { } r)
        {
            doc.Append($" * @return {{{JavaScript(r)}}}\n");
        }
        return doc.Append(" */\n").ToString();
    }

    // ---- design problems: a class driven by a sequence of operations ----

    private static string CSharpDesign(DesignClass d)
    {
        var code = new StringBuilder($"public class {d.Name} {{\n\n    public {d.Name}({CSharpParams(d.Constructor)}) {{\n        \n    }}\n");
        foreach (var m in d.Methods)
        {
            code.Append($"    \n    public {(m.Returns is { } r ? CSharp(r) : "void")} {CSharpName(m.Name)}({CSharpParams(m.Params)}) {{\n        \n    }}\n");
        }
        return code.Append("}\n").ToString();
    }

    private static string JavaScriptDesign(DesignClass d)
    {
        var code = new StringBuilder(JsDoc(d.Constructor, null));
        code.Append($"var {d.Name} = function({string.Join(", ", d.Constructor.Select(p => p.Name))}) {{\n    \n}};\n");
        foreach (var m in d.Methods)
        {
            code.Append('\n').Append(JsDoc(m.Params, m.Returns));
            code.Append($"{d.Name}.prototype.{m.Name} = function({string.Join(", ", m.Params.Select(p => p.Name))}) {{\n    \n}};\n");
        }
        return code.ToString();
    }

    private static string PythonDesign(DesignClass d)
    {
        static string Hints(IEnumerable<Parameter> ps) => string.Concat(ps.Select(p => $", {p.Name}: {Python(p.Type)}"));
        var code = new StringBuilder($"class {d.Name}:\n\n    def __init__(self{Hints(d.Constructor)}):\n        pass\n");
        foreach (var m in d.Methods)
        {
            code.Append($"\n    def {m.Name}(self{Hints(m.Params)}) -> {(m.Returns is { } r ? Python(r) : "None")}:\n        pass\n");
        }
        return code.ToString();
    }

    // ---- ListNode and TreeNode: provided by the judge, shown as LeetCode shows them ----

    private static string NodeDefinitions(Language language, Signature s)
    {
        var types = (s.Design is { } d
                ? d.Constructor.Concat(d.Methods.SelectMany(m => m.Params)).Select(p => p.Type).Concat(d.Methods.Select(m => m.Returns).OfType<DataType>())
                : s.Params.Select(p => p.Type).Append(s.Returns))
            .Select(t => t.Scalar)
            .ToHashSet();
        var text = new StringBuilder();
        if (types.Contains(ScalarType.ListNode))
        {
            text.Append(language switch
            {
                Language.CSharp => """
                    /**
                     * Definition for singly-linked list.
                     * public class ListNode {
                     *     public int val;
                     *     public ListNode next;
                     *     public ListNode(int val=0, ListNode next=null) {
                     *         this.val = val;
                     *         this.next = next;
                     *     }
                     * }
                     */

                    """,
                Language.JavaScript => """
                    /**
                     * Definition for singly-linked list.
                     * function ListNode(val, next) {
                     *     this.val = (val===undefined ? 0 : val)
                     *     this.next = (next===undefined ? null : next)
                     * }
                     */

                    """,
                _ => """
                    # Definition for singly-linked list.
                    # class ListNode:
                    #     def __init__(self, val=0, next=None):
                    #         self.val = val
                    #         self.next = next

                    """,
            });
        }
        if (types.Contains(ScalarType.TreeNode))
        {
            text.Append(language switch
            {
                Language.CSharp => """
                    /**
                     * Definition for a binary tree node.
                     * public class TreeNode {
                     *     public int val;
                     *     public TreeNode left;
                     *     public TreeNode right;
                     *     public TreeNode(int val=0, TreeNode left=null, TreeNode right=null) {
                     *         this.val = val;
                     *         this.left = left;
                     *         this.right = right;
                     *     }
                     * }
                     */

                    """,
                Language.JavaScript => """
                    /**
                     * Definition for a binary tree node.
                     * function TreeNode(val, left, right) {
                     *     this.val = (val===undefined ? 0 : val)
                     *     this.left = (left===undefined ? null : left)
                     *     this.right = (right===undefined ? null : right)
                     * }
                     */

                    """,
                _ => """
                    # Definition for a binary tree node.
                    # class TreeNode:
                    #     def __init__(self, val=0, left=None, right=None):
                    #         self.val = val
                    #         self.left = left
                    #         self.right = right

                    """,
            });
        }
        return text.ToString();
    }

    // ---- type names per language ----

    private static string CSharpParams(IEnumerable<Parameter> parameters) => string.Join(", ", parameters.Select(p => $"{CSharp(p.Type)} {p.Name}"));

    private static string CSharp(DataType t) => t.ToString();

    private static string JavaScript(DataType t)
    {
        var name = t.Scalar switch
        {
            ScalarType.Int or ScalarType.Long or ScalarType.Double => "number",
            ScalarType.Bool => "boolean",
            ScalarType.String or ScalarType.Char => "string",
            ScalarType.ListNode => "ListNode",
            _ => "TreeNode",
        };
        name = t.Nullable || t.IsNode ? (t.Rank > 0 ? $"({name}|null)" : $"{name}|null") : name;
        return name + string.Concat(Enumerable.Repeat("[]", t.Rank));
    }

    private static string Python(DataType t)
    {
        var name = t.Scalar switch
        {
            ScalarType.Int or ScalarType.Long => "int",
            ScalarType.Double => "float",
            ScalarType.Bool => "bool",
            ScalarType.String or ScalarType.Char => "str",
            ScalarType.ListNode => "ListNode",
            _ => "TreeNode",
        };
        if (t.Nullable || t.IsNode)
        {
            name = $"Optional[{name}]";
        }
        for (var i = 0; i < t.Rank; i++)
        {
            name = $"List[{name}]";
        }
        return name;
    }
}
