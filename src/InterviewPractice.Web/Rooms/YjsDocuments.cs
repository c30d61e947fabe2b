using System.Collections.Concurrent;
using Jint;
using Jint.Native;
using Microsoft.Extensions.Options;

namespace InterviewPractice.Web.Rooms;

/// <summary>
/// The rooms' Yjs documents as the server understands them: the browsers' own Yjs (bundled by the front end's
/// build from ClientApp/src/server/ydoc.ts, embedded in this assembly), run by Jint with no .NET access, under
/// time and memory limits. It merges a room's log into one update and reads the code text the log adds up to.
/// Jint engines are single-threaded: a few are kept and lent out, each prepared once (loading Yjs costs
/// seconds; a call then costs milliseconds).
/// </summary>
public sealed class YjsDocuments(IOptions<RoomsOptions> options) : IDisposable
{
    private const string Resource = "InterviewPractice.Web.Rooms.ydoc.js";

    // lib0 takes crypto.getRandomValues when it loads (client ids); Jint has no crypto. Math.random is enough:
    // the server never needs an unpredictable client id (its one edit, the seed, uses a fixed one).
    private const string CryptoShim = """
        globalThis.crypto = {
          getRandomValues(array) {
            for (let i = 0; i < array.length; i++) array[i] = Math.floor(Math.random() * 4294967296);
            return array;
          }
        };
        """;

    private static readonly Lazy<Prepared<Acornima.Ast.Script>> Bundle = new(() =>
    {
        using var stream = typeof(YjsDocuments).Assembly.GetManifestResourceStream(Resource)
            ?? throw new InvalidOperationException($"The server's Yjs bundle ({Resource}) is missing from the assembly: build the front end (ClientApp, npm run build) and rebuild.");
        using var reader = new StreamReader(stream);
        return Engine.PrepareScript(reader.ReadToEnd(), "ydoc.js");
    });

    private readonly ConcurrentBag<Engine> _idle = [];
    private readonly SemaphoreSlim _engines = new(Math.Max(1, options.Value.ScriptEngines));

    /// <summary>One update equal to all of <paramref name="updates"/> together (the log, compacted).</summary>
    public Task<byte[]> MergeAsync(IReadOnlyList<byte[]> updates, CancellationToken ct) =>
        UseAsync(engine => Convert.FromBase64String(Call(engine, "merge", Array(engine, updates)).AsString()), ct);

    /// <summary>The text of the shared type <paramref name="name"/> after every update.</summary>
    public Task<string> TextAsync(IReadOnlyList<byte[]> updates, string name, CancellationToken ct) =>
        UseAsync(engine => Call(engine, "text", Array(engine, updates), name).AsString(), ct);

    /// <summary>
    /// An update that fills the shared texts <paramref name="texts"/> (name to content) as client
    /// <paramref name="clientId"/>, the same bytes every time: applied any number of times, each text is there
    /// once. Each problem a room opens seeds with a client id of its own.
    /// </summary>
    public Task<byte[]> SeedAsync(int clientId, IReadOnlyDictionary<string, string> texts, CancellationToken ct) =>
        UseAsync(engine =>
        {
            var json = System.Text.Json.JsonSerializer.Serialize(texts);
            var parsed = engine.Invoke(engine.GetValue("JSON").AsObject().Get("parse"), json);
            return Convert.FromBase64String(Call(engine, "seed", clientId, parsed).AsString());
        }, ct);

    private async Task<T> UseAsync<T>(Func<Engine, T> work, CancellationToken ct)
    {
        await _engines.WaitAsync(ct);
        Engine? engine = null;
        try
        {
            engine = _idle.TryTake(out var ready) ? ready : await Task.Run(Create, ct);
            var used = engine;
            // CPU-bound and synchronous: off the caller's thread (a hub call or a request).
            return await Task.Run(() => work(used), ct);
        }
        catch (Exception e) when (e is Jint.Runtime.JavaScriptException or Jint.Runtime.StatementsCountOverflowException
            or Jint.Runtime.MemoryLimitExceededException or TimeoutException or Jint.Runtime.RecursionDepthOverflowException)
        {
            // An engine that failed mid-call may hold half-done state: drop it.
            engine = null;
            throw new InvalidOperationException($"The room's document could not be read: {e.Message}", e);
        }
        finally
        {
            if (engine is not null)
            {
                _idle.Add(engine);
            }
            _engines.Release();
        }
    }

    private Engine Create()
    {
        var limits = options.Value;
        var engine = new Engine(o => o
            .TimeoutInterval(limits.ScriptTimeout)
            .LimitMemory(limits.ScriptMemoryMb * 1024L * 1024)
            .LimitRecursion(1000)
            .Strict());
        engine.Execute(CryptoShim);
        engine.Execute(Bundle.Value);
        return engine;
    }

    private static JsValue Call(Engine engine, string function, params JsValue[] args) =>
        engine.Invoke(engine.GetValue("YDoc").AsObject().Get(function), args);

    private static JsArray Array(Engine engine, IReadOnlyList<byte[]> updates) =>
        new(engine, [.. updates.Select(u => (JsValue)new JsString(Convert.ToBase64String(u)))]);

    public void Dispose()
    {
        while (_idle.TryTake(out var engine))
        {
            engine.Dispose();
        }
        _engines.Dispose();
    }
}
