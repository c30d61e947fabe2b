using System.Text.Json.Nodes;
using Acornima;
using Jint;
using Jint.Native;
using Jint.Native.Json;
using Jint.Runtime;

namespace InterviewPractice.Problems.Scripts;

/// <summary>The bounds every run of an author's script keeps to.</summary>
/// <param name="Timeout">Wall time per call.</param>
/// <param name="MemoryBytes">Memory the script may hold.</param>
/// <param name="MaxStatements">Statements per call.</param>
/// <param name="MaxRecursion">Call depth.</param>
public sealed record ScriptLimits(TimeSpan Timeout, long MemoryBytes, int MaxStatements, int MaxRecursion)
{
    /// <summary>
    /// For generators and input validators, run once per case when problems load or validate. The statement count is
    /// the real bound (the same on a busy machine as on a quiet one); the wall time only stops what statements do not
    /// count (a regular expression that backtracks for ever), so it is far above what a busy machine needs.
    /// </summary>
    public static ScriptLimits Default { get; } = new(TimeSpan.FromSeconds(60), 512L << 20, 100_000_000, 2000);

    /// <summary>
    /// For checkers, run for every case of every submission: a tenth of the statements. The wall time is a backstop
    /// again: a correct answer must not turn wrong because the judge's machine was busy.
    /// </summary>
    public static ScriptLimits Checker { get; } = new(TimeSpan.FromSeconds(10), 256L << 20, 10_000_000, 2000);
}

/// <summary>Why an author's script failed, with the file and line where it did when known.</summary>
public sealed class ScriptException(string message, int line) : Exception(message)
{
    /// <summary>The line in the script (0 when unknown).</summary>
    public int Line { get; } = line;
}

/// <summary>
/// One of a problem's JavaScript files (<c>tests/generate.js</c>, <c>tests/validate.js</c>, <c>checker.js</c>),
/// parsed once and run with Jint under <see cref="ScriptLimits"/>: strict mode, no access to .NET, the file system
/// or the network; values go in and come out as JSON, so nothing but data crosses. <c>Math.random</c> is taken away
/// (a seeded <c>rng</c> is given to generators instead), so a script gives the same answer every time. Every script
/// may call <c>assert(condition, message)</c>, and generators <c>trees</c> (binary tree shapes and LeetCode's level
/// order, shared by every tree problem instead of copied into each).
/// </summary>
public sealed class ProblemScript
{
    // Given to every script before its own code: a seeded generator (mulberry32, two draws per number for 53 bits),
    // and Math.random replaced so nothing depends on chance.
    private const string Prelude = """
        "use strict";
        Math.random = function () { throw new Error("Math.random is not allowed: use the seeded rng your function is given"); };
        function assert(condition, message) { if (!condition) throw new Error(message === undefined ? "assertion failed" : String(message)); }
        function __ipRng(seed) {
          if (!Number.isSafeInteger(seed)) throw new TypeError("seed must be an integer, not " + seed);
          let a = (seed >>> 0) ^ Math.floor(seed / 4294967296);
          const u32 = () => {
            a = (a + 0x6D2B79F5) >>> 0;
            let t = a;
            t = Math.imul(t ^ (t >>> 15), t | 1);
            t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
            return (t ^ (t >>> 14)) >>> 0;
          };
          const float = () => ((u32() >>> 5) * 67108864 + (u32() >>> 6)) / 9007199254740992;
          return Object.freeze({
            float,
            int(lo, hi) {
              if (!Number.isSafeInteger(lo) || !Number.isSafeInteger(hi) || hi < lo) throw new RangeError(`rng.int(${lo}, ${hi}): bounds must be integers with lo <= hi`);
              return lo + Math.floor(float() * (hi - lo + 1));
            },
            pick(items) {
              if (!Array.isArray(items) || items.length === 0) throw new RangeError("rng.pick needs a non-empty array");
              return items[Math.floor(float() * items.length)];
            },
            shuffle(items) {
              for (let i = items.length - 1; i > 0; i--) {
                const j = Math.floor(float() * (i + 1));
                [items[i], items[j]] = [items[j], items[i]];
              }
              return items;
            },
          });
        }
        // Binary trees for generators, as child arrays: node 0 is the root, L[u] and R[u] a child's index or -1.
        // trees.shape(kind, n, rng, spine) gives n >= 1 nodes; trees.levelOrder(val, L, R, root) is LeetCode's level
        // order (a TreeNode's JSON); trees.inorder(L, R, root) lists the nodes in order (a BST's values go in that order);
        // trees.decode(levelOrder) reads a TreeNode's JSON back.
        const trees = Object.freeze({
          // shape(kind, n, rng, spine = 1) gives n >= 1 nodes:
          //   "random"       each new node takes a free child slot chosen uniformly (depth about 2 ln n); with spine = s
          //                  the first s nodes form a path of random sides first, so the height is at least s
          //   "left-path", "right-path", "zigzag" (left, right, left, ...), "random-path" (a random side at each step)
          //   "complete"     level by level, left to right
          shape(kind, n, rng, spine = 1) {
            const L = new Array(n).fill(-1), R = new Array(n).fill(-1);
            const attach = (p, u, right) => { if (right) R[p] = u; else L[p] = u; };
            if (kind === "random") {
              assert(spine >= 1 && spine <= n, `spine = ${spine}`);
              const slots = [];
              for (let u = 1; u < spine; u++) {
                const right = rng.int(0, 1) === 1;
                attach(u - 1, u, right);
                slots.push(2 * (u - 1) + (right ? 0 : 1));
              }
              slots.push(2 * (spine - 1), 2 * (spine - 1) + 1);
              for (let u = spine; u < n; u++) {
                const i = rng.int(0, slots.length - 1);
                const s = slots[i];
                slots[i] = slots[slots.length - 1];
                slots.pop();
                attach(s >> 1, u, (s & 1) === 1);
                slots.push(2 * u, 2 * u + 1);
              }
            } else if (kind === "complete") {
              for (let u = 1; u < n; u++) attach((u - 1) >> 1, u, (u & 1) === 0);
            } else {
              for (let u = 1; u < n; u++) {
                let right;
                if (kind === "left-path") right = false;
                else if (kind === "right-path") right = true;
                else if (kind === "zigzag") right = (u & 1) === 0;
                else { assert(kind === "random-path", `unknown shape '${kind}'`); right = rng.int(0, 1) === 1; }
                attach(u - 1, u, right);
              }
            }
            return { L, R };
          },

          // LeetCode's level order of the tree rooted at `root` (-1: the empty tree): null for a missing child, no trailing null.
          levelOrder(val, L, R, root = 0) {
            if (root < 0) return [];
            const out = [], q = [root];
            for (let h = 0; h < q.length; h++) {
              const u = q[h];
              if (u < 0) { out.push(null); continue; }
              out.push(val[u]);
              q.push(L[u], R[u]);
            }
            while (out.length > 0 && out[out.length - 1] === null) out.pop();
            return out;
          },
          inorder(L, R, root = 0) {
            const order = [], stack = [];
            let u = root;
            while (u >= 0 || stack.length > 0) {
              while (u >= 0) { stack.push(u); u = L[u]; }
              u = stack.pop();
              order.push(u);
              u = R[u];
            }
            return order;
          },
          // decode(levelOrder) reads a TreeNode value back into child arrays (nodes numbered in level order, root
          // 0), with each node's depth: what validators check a tree with.
          decode(a) {
            const val = [], L = [], R = [], depth = [];
            if (a.length === 0) return { val, L, R, depth };
            assert(a[0] !== null, "the root is null");
            val.push(a[0]); L.push(-1); R.push(-1); depth.push(1);
            let parent = 0;
            for (let i = 1; i < a.length; parent++) {
              assert(parent < val.length, `entry ${i} has no parent`);
              for (let side = 0; side < 2 && i < a.length; side++, i++) {
                if (a[i] === null) continue;
                const u = val.length;
                val.push(a[i]); L.push(-1); R.push(-1); depth.push(depth[parent] + 1);
                if (side === 0) L[parent] = u; else R[parent] = u;
              }
            }
            return { val, L, R, depth };
          },
        });
        """;

    private static readonly Prepared<Acornima.Ast.Script> PreparedPrelude = Engine.PrepareScript(Prelude, "prelude.js", strict: true);

    /// <summary>The prelude's text: what a script's results depend on besides its own (the rng's algorithm).</summary>
    public static string PreludeSource => Prelude;

    private readonly Prepared<Acornima.Ast.Script> _script;

    private ProblemScript(string file, string source, Prepared<Acornima.Ast.Script> script) => (File, Source, _script) = (file, source, script);

    /// <summary>The file, as messages name it (<c>two-sum/tests/generate.js</c>).</summary>
    public string File { get; }

    /// <summary>The script's text.</summary>
    public string Source { get; }

    /// <summary>Parses <paramref name="code"/>; a syntax error is thrown as a <see cref="ScriptException"/> with its line.</summary>
    public static ProblemScript Parse(string file, string code)
    {
        try
        {
            return new ProblemScript(file, code, Engine.PrepareScript(code, file, strict: true));
        }
        catch (ScriptPreparationException e) when (e.InnerException is ParseErrorException parse)
        {
            throw new ScriptException(parse.Description, parse.LineNumber);
        }
    }

    /// <summary>
    /// Calls <paramref name="function"/> with <paramref name="arguments"/> (JSON values; null is JSON's null) and, given
    /// <paramref name="rngSeed"/>, a seeded rng after them; returns what it returned, as JSON (<c>undefined</c> is null).
    /// </summary>
    public JsonNode? Call(string function, ScriptLimits limits, IReadOnlyList<JsonNode?> arguments, long? rngSeed = null)
    {
        using var engine = new Engine(o => o
            .Strict()
            .TimeoutInterval(limits.Timeout)
            .LimitMemory(limits.MemoryBytes)
            .MaxStatements(limits.MaxStatements)
            .LimitRecursion(limits.MaxRecursion));
        try
        {
            engine.Execute(PreparedPrelude);
            engine.Execute(_script);
            var target = engine.GetValue(function);
            if (target is not Jint.Native.Function.Function)
            {
                throw new ScriptException($"{File} must define function {function}(...)", 0);
            }
            var parser = new JsonParser(engine);
            JsValue[] args = [.. arguments.Select(a => a is null ? JsValue.Null : parser.Parse(a.ToJsonString()))];
            if (rngSeed is { } seed)
            {
                args = [.. args, engine.Invoke("__ipRng", seed)];
            }
            var result = engine.Invoke(target, args);
            if (result.IsUndefined())
            {
                return null;
            }
            var json = new JsonSerializer(engine).Serialize(result);
            return json.IsUndefined() ? null : JsonNode.Parse(json.AsString());
        }
        catch (JavaScriptException e)
        {
            // A line only when the error is the author's own code (an assert or a bad rng call fails in the prelude).
            throw new ScriptException(e.Message, e.Location.SourceFile == File ? e.Location.Start.Line : 0);
        }
        catch (Exception e) when (e is TimeoutException)
        {
            throw new ScriptException($"{function} ran longer than {limits.Timeout.TotalSeconds:0.#} s", 0);
        }
        catch (MemoryLimitExceededException)
        {
            throw new ScriptException($"{function} used more than {limits.MemoryBytes >> 20} MiB", 0);
        }
        catch (StatementsCountOverflowException)
        {
            throw new ScriptException($"{function} ran more than {limits.MaxStatements:N0} statements", 0);
        }
        catch (RecursionDepthOverflowException)
        {
            throw new ScriptException($"{function} recursed deeper than {limits.MaxRecursion} calls", 0);
        }
        catch (Exception e) when (e is JintException or System.Text.Json.JsonException)
        {
            throw new ScriptException(e.Message, 0);
        }
    }
}
