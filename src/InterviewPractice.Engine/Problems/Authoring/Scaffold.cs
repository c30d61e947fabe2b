using System.Globalization;
using InterviewPractice.Problems.Loading;

namespace InterviewPractice.Problems.Authoring;

/// <summary>
/// <c>./interview new SLUG --kind code|concept</c>: a problem folder that loads and validates as it is, showing every
/// part of the format (statement, samples, written and generated hidden cases, an input validator, references in
/// each language, a wrong solution, an editorial; or an answer key with explanations and wrong answers), for the
/// author to replace piece by piece.
/// </summary>
public static class Scaffold
{
    /// <summary>Writes the folder <paramref name="slug"/> under <paramref name="root"/>; the files written, or an error in words.</summary>
    public static (IReadOnlyList<string> Files, string? Error) Create(string root, string slug, ProblemKind kind)
    {
        if (!ProblemLoader.SlugPattern().IsMatch(slug))
        {
            return ([], $"'{slug}' is not a slug: lowercase letters, digits and single dashes (e.g. max-subarray)");
        }
        var folder = Path.Combine(root, slug);
        if (Directory.Exists(folder) || File.Exists(folder))
        {
            return ([], $"{folder} already exists");
        }
        var title = CultureInfo.InvariantCulture.TextInfo.ToTitleCase(slug.Replace('-', ' '));
        var files = kind == ProblemKind.Code ? Code(title) : Concept(title);
        foreach (var (path, text) in files)
        {
            var full = Path.Combine(folder, path);
            Directory.CreateDirectory(Path.GetDirectoryName(full)!);
            File.WriteAllText(full, text.ReplaceLineEndings("\n"));
        }
        return ([.. files.Keys.Select(p => $"{slug}/{p}")], null);
    }

    private static Dictionary<string, string> Code(string title) => new()
    {
        ["problem.md"] = $$"""
            ---
            title: {{title}}
            kind: code
            difficulty: easy
            tags: [array]
            signature:
              function: sumOfEvens
              params:
                - {name: nums, type: "int[]"}
              returns: long
            ---
            Given an array of integers `nums`, return the sum of its **even** elements (0 when there are none).

            Replace this statement with yours: the front matter above declares the function every language implements
            (starter code is generated from it), `tests/` holds the cases, `solutions/` the references and the mistakes
            your cases must catch. `./interview validate problems/SLUG` checks all of it through the real judge.

            ### Constraints

            - $1 \le$ `nums.length` $\le 10^5$
            - $-10^9 \le$ `nums[i]` $\le 10^9$

            """,
        ["editorial.md"] = """
            One pass: add every element whose remainder by 2 is 0. $O(n)$ time, $O(1)$ space.

            The sum can reach $10^5 \cdot 10^9 = 10^{14}$, past a 32-bit integer: the return type is `long`. In Python,
            `x % 2 == 0` also holds for negative even numbers; in C# and JavaScript `x % 2` is `-0`/`0` for them too,
            but `x % 2 == 1` misses negative odd numbers, which is why the test "even" and not "not odd" is the safe one.
            """,
        ["tests/sample.yaml"] = """
            - name: mixed
              in: {nums: [1, 2, 3, 4]}
              out: 6
              explain: "2 + 4"
            """,
        ["tests/hidden.yaml"] = """
            - name: no-evens
              in: {nums: [1, 3, 5]}
              out: 0
            - name: negatives
              in: {nums: [-4, -3, 2]}
              out: -2
            - name: large-values
              in: {nums: [1000000000, 1000000000, 1000000000]}
              out: 3000000000
            # A large case from tests/generate.js: the same seed always makes the same case.
            - name: largest-random
              generate: {seed: 1, n: 100000, max: 1000000000}
            """,
        ["tests/generate.js"] = """
            // generate(args, rng): one case, {in, out}, from the arguments in hidden.yaml and a seeded rng.
            function generate({ n, max }, rng) {
              const nums = Array.from({ length: n }, () => rng.int(-max, max));
              const out = nums.filter((x) => x % 2 === 0).reduce((sum, x) => sum + x, 0);
              return { in: { nums }, out };
            }
            """,
        ["tests/validate.js"] = """
            // validate(input): the statement's constraints, checked on every case by ./interview validate.
            function validate({ nums }) {
              assert(nums.length >= 1 && nums.length <= 10 ** 5, `nums has ${nums.length} elements; 1..10^5`);
              nums.forEach((x, i) => assert(Math.abs(x) <= 10 ** 9, `nums[${i}] = ${x} is outside -10^9..10^9`));
            }
            """,
        ["solutions/accepted/ref.py"] = """
            class Solution:
                def sumOfEvens(self, nums):
                    return sum(x for x in nums if x % 2 == 0)
            """,
        ["solutions/accepted/ref.js"] = """
            /**
             * @param {number[]} nums
             * @return {number}
             */
            var sumOfEvens = function(nums) {
                let sum = 0;
                for (const x of nums) if (x % 2 === 0) sum += x;
                return sum;
            };
            """,
        ["solutions/accepted/ref.cs"] = """
            public class Solution {
                public long SumOfEvens(int[] nums) {
                    long sum = 0;
                    foreach (var x in nums) if (x % 2 == 0) sum += x;
                    return sum;
                }
            }
            """,
        // A realistic mistake the cases catch (the 32-bit sum overflows on large-values).
        ["solutions/wrong_answer/int_sum.cs"] = """
            public class Solution {
                public long SumOfEvens(int[] nums) {
                    int sum = 0;
                    foreach (var x in nums) if (x % 2 == 0) sum += x;
                    return sum;
                }
            }
            """,
    };

    private static Dictionary<string, string> Concept(string title) => new()
    {
        ["problem.md"] = $$"""
            ---
            title: {{title}}
            kind: concept
            difficulty: easy
            tags: [ml]
            ---
            A classifier labels 100 emails: 40 are spam. It flags 30 emails as spam, 24 of them correctly.

            **(a)** What is the precision of the spam class?

            **(b)** Which metric do the 16 missed spam emails lower?

            Replace this statement with yours; each part of `answers.yaml` is one question, graded on its own.
            """,
        ["answers.yaml"] = """
            - id: a
              prompt: "Precision of the spam class"
              type: number
              value: 0.8
              atol: 0.005
              points: 1
              wrong: [0.6, 0.24]                # recall; true positives over all emails
              explanation: |
                Precision is the share of flagged emails that are spam: $24 / 30 = 0.8$.

            - id: b
              prompt: "Which metric did the 16 missed spam emails lower?"
              type: choice
              options: [Precision, Recall, Specificity]
              correct: Recall
              points: 1
              wrong: [Precision]
              explanation: |
                Missed spam are false negatives; recall, $24 / 40 = 0.6$, counts them. Precision only looks at what was flagged.
            """,
    };
}
