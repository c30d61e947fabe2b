using System.Collections.Concurrent;
using System.Collections.Immutable;
using System.Text.RegularExpressions;
using InterviewPractice.Problems.Concepts;
using InterviewPractice.Problems.Scripts;

namespace InterviewPractice.Problems.Loading;

/// <summary>The outcome of loading one problem folder: the problem, or the errors that kept it out.</summary>
public sealed record ProblemLoadResult(string Slug, Problem? Problem, ImmutableArray<ProblemError> Errors);

/// <summary>
/// Loads one problem folder strictly: unknown keys, wrong types, missing files and cases that do not match the
/// signature are errors naming file and line. Pure: reads files, touches no shared state.
/// </summary>
public static partial class ProblemLoader
{
    private static readonly string[] FrontMatterKeys = ["title", "kind", "difficulty", "tags", "languages", "io", "signature", "checker", "limits"];
    private static readonly string[] CodeOnlyKeys = ["languages", "io", "signature", "checker", "limits"];

    /// <summary>The least number of hidden cases a code problem needs.</summary>
    public const int MinHiddenCases = 3;

    [GeneratedRegex("^[a-z0-9]+(-[a-z0-9]+)*$")]
    public static partial Regex SlugPattern();

    [GeneratedRegex("^[a-zA-Z_][a-zA-Z0-9_]*$")]
    private static partial Regex IdentifierPattern();

    [GeneratedRegex("^[a-z0-9]+(-[a-z0-9]+)*$")]
    private static partial Regex TagPattern();

    /// <summary>
    /// Loads the folder <paramref name="slug"/> under <paramref name="root"/>. Links, special files and files over
    /// <paramref name="limits"/> (default <see cref="ProblemFileLimits.Default"/>) are errors, never read.
    /// </summary>
    /// <remarks>
    /// A folder whose files (names, sizes, modification times) are as they were when it was last loaded in this process
    /// gives the same, immutable result again: servers and test hosts in one process share one copy of each problem's
    /// cases, which run to megabytes, instead of holding one each.
    /// </remarks>
    public static ProblemLoadResult Load(string root, string slug, ProblemFileLimits? limits = null)
    {
        limits ??= ProblemFileLimits.Default;
        var key = (Path.GetFullPath(root), slug, limits);
        var fingerprint = Fingerprint(Path.Combine(key.Item1, slug));
        if (fingerprint is not null && Loaded.TryGetValue(key, out var last) && last.Fingerprint == fingerprint)
        {
            return last.Result;
        }
        var sink = new ErrorSink();
        var problem = Load(new ProblemFiles(root, limits, sink), slug, sink);
        var result = new ProblemLoadResult(slug, sink.HasErrors ? null : problem, [.. sink.Errors]);
        if (fingerprint is not null)
        {
            Loaded[key] = (fingerprint, result);
        }
        return result;
    }

    private static readonly ConcurrentDictionary<(string Root, string Slug, ProblemFileLimits Limits), (string Fingerprint, ProblemLoadResult Result)> Loaded = new();

    // A small file's content hash: a file rewritten within the file system's timestamp granularity (a few
    // milliseconds) with as many bytes still changes the fingerprint. Large files (hidden cases) go by size and time;
    // empty ones are never opened (a named pipe or a device reports size 0, and reading one could block).
    private static string SmallFileHash(FileSystemInfo entry) =>
        entry is FileInfo { Length: > 0 and <= 64 * 1024, LinkTarget: null } file
            ? Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(File.ReadAllBytes(file.FullName)))
            : "";

    // Every file and folder below the problem's folder, with its size and modification time; null when it cannot be read.
    private static string? Fingerprint(string folder)
    {
        try
        {
            if (!Directory.Exists(folder))
            {
                return null;
            }
            var entries = new DirectoryInfo(folder).EnumerateFileSystemInfos("*", new EnumerationOptions { RecurseSubdirectories = true, AttributesToSkip = 0 })
                .Select(e => $"{Path.GetRelativePath(folder, e.FullName)}|{(e as FileInfo)?.Length}|{e.LastWriteTimeUtc.Ticks}|{e.LinkTarget}|{SmallFileHash(e)}")
                .Order(StringComparer.Ordinal);
            return string.Join('\n', entries);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }

    private static Problem? Load(ProblemFiles files, string slug, ErrorSink sink)
    {
        var dir = files.Full(slug);
        if (!SlugPattern().IsMatch(slug))
        {
            sink.Add(new SourceLocation(slug + "/"), "a problem folder's name is its slug: lowercase letters, digits and single dashes");
            return null;
        }
        if (!files.CheckNoLinks(slug))
        {
            return null;
        }
        var statementPath = $"{slug}/problem.md";
        if (!files.Exists(statementPath))
        {
            sink.Add(new SourceLocation(statementPath), "problem.md is missing: every problem folder needs one (front matter + statement)");
            return null;
        }
        if (files.ReadText(statementPath) is not { } text)
        {
            return null;
        }
        if (!FrontMatter.TrySplit(text, out var yaml, out var body, out var bodyLine))
        {
            sink.Add(new SourceLocation($"{slug}/problem.md", 1), "problem.md must start with YAML front matter between two '---' lines");
            return null;
        }
        var file = YamlFile.Parse(yaml, $"{slug}/problem.md", sink, lineOffset: 1);
        var meta = file.Root is null ? null : file.MappingOf(file.Root, "the front matter", FrontMatterKeys);
        if (meta is null)
        {
            if (!sink.HasErrors)
            {
                file.Error("the front matter is empty; it needs at least title, kind and difficulty");
            }
            return null;
        }

        var title = meta.String("title", required: true);
        var kind = meta.Enum<ProblemKind>("kind", required: true);
        var difficulty = meta.Enum<Difficulty>("difficulty", required: true);
        var tags = meta.Strings("tags");
        foreach (var tag in tags.Where(t => !TagPattern().IsMatch(t)))
        {
            file.Error(meta.Optional("tags")!, $"tag '{tag}' must be lowercase words joined by dashes");
        }
        if (string.IsNullOrWhiteSpace(body))
        {
            sink.Add(new SourceLocation($"{slug}/problem.md", bodyLine), "the statement is empty: write it after the front matter");
        }
        if (title is null || kind is null || difficulty is null)
        {
            return null;
        }

        var editorialPath = $"{slug}/editorial.md";
        var editorial = files.Exists(editorialPath) ? files.ReadText(editorialPath) : null;
        var problem = new Problem
        {
            Slug = slug,
            Title = title,
            Kind = kind.Value,
            Difficulty = difficulty.Value,
            Tags = [.. tags],
            Languages = [],
            Io = IoMode.Function,
            Checker = CheckerSpec.Exact,
            Limits = new Limits(),
            StatementMarkdown = body,
            // Rendered once the samples are known: they are appended to the statement.
            StatementHtml = "",
            EditorialHtml = editorial is null ? null : StatementRenderer.ToHtml(editorial, slug),
            Samples = [],
            Hidden = [],
            Solutions = [],
            StarterCode = ImmutableDictionary<Language, string>.Empty,
            Directory = dir,
        };
        var loaded = kind == ProblemKind.Concept
            ? LoadConcept(problem, meta, files, sink, bodyLine)
            : LoadCode(problem, meta, file, files, sink);
        if (loaded is null)
        {
            return null;
        }
        var figures = ReadFigures(files, slug, sink);
        CheckImages(body, $"{slug}/problem.md", bodyLine, figures, sink);
        if (editorial is not null)
        {
            CheckImages(editorial, editorialPath, 1, figures, sink);
        }
        return loaded with { Figures = figures };
    }

    /// <summary>The image types a figure may be, by extension, with the content type it is served as.</summary>
    public static readonly IReadOnlyDictionary<string, string> FigureTypes = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        [".png"] = "image/png",
        [".jpg"] = "image/jpeg",
        [".jpeg"] = "image/jpeg",
        [".gif"] = "image/gif",
        [".webp"] = "image/webp",
        [".svg"] = "image/svg+xml",
    };

    /// <summary>How many figures a problem may have.</summary>
    public const int MaxFigures = 20;

    [GeneratedRegex("^[a-z0-9][a-z0-9_-]*(\\.[a-z0-9_-]+)*$")]
    private static partial Regex FigureName();

    // figures/: image files only, each a regular file within the size limit, named plainly; no subfolders.
    private static ImmutableDictionary<string, byte[]> ReadFigures(ProblemFiles files, string slug, ErrorSink sink)
    {
        var folder = $"{slug}/{StatementRenderer.FiguresFolder}";
        if (!Directory.Exists(files.Full(folder)) || !files.CheckNoLinks(folder))
        {
            return ImmutableDictionary<string, byte[]>.Empty;
        }
        var figures = ImmutableDictionary.CreateBuilder<string, byte[]>(StringComparer.Ordinal);
        foreach (var dir in Directory.EnumerateDirectories(files.Full(folder)).Order(StringComparer.Ordinal))
        {
            sink.Add(new SourceLocation($"{folder}/{Path.GetFileName(dir)}/"), "figures/ holds image files only, no folders");
        }
        var names = Directory.EnumerateFiles(files.Full(folder)).Select(Path.GetFileName).OfType<string>().Order(StringComparer.Ordinal).ToList();
        if (names.Count > MaxFigures)
        {
            sink.Add(new SourceLocation(folder + "/"), $"{names.Count} figures; at most {MaxFigures}");
            return ImmutableDictionary<string, byte[]>.Empty;
        }
        foreach (var name in names)
        {
            var path = $"{folder}/{name}";
            if (!FigureName().IsMatch(name) || !FigureTypes.ContainsKey(Path.GetExtension(name)))
            {
                sink.Add(new SourceLocation(path), $"a figure is an image named in lowercase letters, digits, '-' and '_', ending {string.Join(", ", FigureTypes.Keys)}");
                continue;
            }
            if (files.ReadBytes(path) is { } bytes)
            {
                figures[name] = bytes;
            }
        }
        return figures.ToImmutable();
    }

    // Every image of a Markdown file is one of the problem's figures or an https URL; a missing figure is an error at its line.
    private static void CheckImages(string markdown, string file, int firstLine, ImmutableDictionary<string, byte[]> figures, ErrorSink sink)
    {
        foreach (var (url, line) in StatementRenderer.Images(markdown))
        {
            var at = new SourceLocation(file, firstLine + line);
            if (StatementRenderer.IsFigure(url))
            {
                if (!figures.ContainsKey(url[(StatementRenderer.FiguresFolder.Length + 1)..]))
                {
                    sink.Add(at, $"the image '{url}' is not in the problem's figures/ folder");
                }
            }
            else if (!url.StartsWith("https://", StringComparison.Ordinal))
            {
                sink.Add(at, $"the image '{url}' must be one of the problem's figures (figures/NAME) or an https URL");
            }
        }
    }

    private static Problem? LoadConcept(Problem problem, YamlFile.Mapping meta, ProblemFiles files, ErrorSink sink, int bodyLine)
    {
        foreach (var key in CodeOnlyKeys.Where(meta.Has))
        {
            meta.ErrorAtKey(key, $"'{key}' does not apply to a concept problem");
        }
        var answersPath = $"{problem.Slug}/answers.yaml";
        if (!files.Exists(answersPath))
        {
            sink.Add(new SourceLocation(answersPath), "answers.yaml is missing: a concept problem needs its answer key");
            return null;
        }
        if (files.ReadText(answersPath) is not { } text)
        {
            return null;
        }
        var variantPath = $"{problem.Slug}/{ConceptVariants.File}";
        if (files.Exists(variantPath))
        {
            return LoadVariants(problem, files, sink, bodyLine, text, variantPath);
        }
        if (ConceptVariants.HasPlaceholders(text) || ConceptVariants.HasPlaceholders(problem.StatementMarkdown))
        {
            sink.Add(new SourceLocation(answersPath), $"{{{{name}}}} placeholders need a {ConceptVariants.File} that gives their values (see docs/authoring.md, randomized variants)");
            return null;
        }
        var answers = YamlFile.Parse(text, answersPath, sink);
        var answerKey = AnswerKeyReader.Read(answers, problem.Slug);
        return answerKey is null ? null : problem with { AnswerKey = answerKey, StatementHtml = StatementRenderer.ToHtml(problem.StatementMarkdown, problem.Slug) };
    }

    /// <summary>A randomized concept problem: its default variant (seed 1) is what the problem shows and grades
    /// unless a page asks for another; making it checks the script, the placeholders and the answer key.</summary>
    private static Problem? LoadVariants(Problem problem, ProblemFiles files, ErrorSink sink, int bodyLine, string answersText, string variantPath)
    {
        if (files.ReadText(variantPath) is not { } code)
        {
            return null;
        }
        try
        {
            var variants = new ConceptVariants(ProblemScript.Parse(variantPath, code), problem.Slug, problem.StatementMarkdown, bodyLine, answersText, files.ScriptLimits);
            var first = variants.Make(1);
            return problem with { AnswerKey = first.AnswerKey, StatementHtml = first.StatementHtml, Variants = variants };
        }
        catch (ScriptException e)
        {
            sink.Add(new SourceLocation(variantPath, e.Line), $"{ConceptVariants.File} does not parse: {e.Message}");
        }
        catch (VariantException e)
        {
            sink.Add(e.Location, e.Message);
        }
        return null;
    }

    private static Problem? LoadCode(Problem problem, YamlFile.Mapping meta, YamlFile file, ProblemFiles files, ErrorSink sink)
    {
        var slug = problem.Slug;
        var languages = ReadLanguages(meta, file);
        var io = meta.Enum<IoMode>("io", required: false) ?? IoMode.Function;
        Signature? signature = null;
        if (io == IoMode.Function)
        {
            signature = ReadSignature(file, meta.Required("signature"));
        }
        else if (meta.Has("signature"))
        {
            meta.ErrorAtKey("signature", "'signature' does not apply to an io: stdio problem (it reads stdin and writes stdout)");
        }
        var checker = ReadChecker(file, meta.Optional("checker"), files, slug, sink);
        var limits = ReadLimits(file, meta.Optional("limits"), languages);

        var samples = ReadCases(files, slug, "sample.yaml", io, signature, sink, samples: true, generator: null);
        var generatorPath = $"{slug}/tests/{CaseGenerator.File}";
        var generator = ReadScript(files, generatorPath, sink) is { } script ? new CaseGenerator(script) : null;
        // A generator that does not parse was reported once; its cases are not reported again for it.
        var hidden = generator is null && files.Exists(generatorPath) && sink.HasErrors
            ? []
            : ReadCases(files, slug, "hidden.yaml", io, signature, sink, samples: false, generator);
        var names = new HashSet<string>(StringComparer.Ordinal);
        foreach (var c in samples.Concat(hidden).Where(c => !names.Add(c.Name)))
        {
            sink.Add(c.Location, $"case name '{c.Name}' is used twice; names must be unique across sample.yaml and hidden.yaml");
        }
        var solutions = SolutionReader.Read(files, slug, languages, sink);
        if (sink.HasErrors || (io == IoMode.Function && signature is null) || checker is null || limits is null)
        {
            return null;
        }
        if (samples.Length == 0)
        {
            sink.Add(new SourceLocation($"{slug}/tests/sample.yaml"), "at least one sample case is needed");
        }
        if (hidden.Length < MinHiddenCases)
        {
            sink.Add(new SourceLocation($"{slug}/tests/hidden.yaml"), $"at least {MinHiddenCases} hidden cases are needed, found {hidden.Length}");
        }
        problem = problem with
        {
            Languages = languages,
            Io = io,
            Signature = signature,
            Checker = checker,
            Limits = limits,
            Samples = samples,
            Hidden = hidden,
            Solutions = solutions,
            StarterCode = StarterCode.For(io, signature, languages),
            StatementHtml = StatementRenderer.ToHtml(SampleRenderer.AppendExamples(problem.StatementMarkdown, samples), problem.Slug),
        };
        return problem with
        {
            TestsVersion = Problems.TestsVersion.Of(problem),
            InputValidator = ReadScript(files, $"{slug}/tests/{InputValidatorFile}", sink),
        };
    }

    private static ImmutableArray<Language> ReadLanguages(YamlFile.Mapping meta, YamlFile file)
    {
        if (!meta.Has("languages"))
        {
            return [.. Languages.All];
        }
        var result = new List<Language>();
        foreach (var name in meta.Strings("languages"))
        {
            if (Languages.TryParse(name, out var language) && name == language.Id())
            {
                result.Add(language);
            }
            else
            {
                file.Error(meta.Optional("languages")!, $"unsupported language '{name}'; supported: csharp, javascript, python");
            }
        }
        if (result.Count == 0)
        {
            file.Error(meta.Optional("languages")!, "'languages' must name at least one language");
        }
        return [.. Languages.All.Where(result.Contains)];
    }

    private static Signature? ReadSignature(YamlFile file, YamlDotNet.RepresentationModel.YamlNode? node)
    {
        var map = file.MappingOf(node, "'signature'", "function", "params", "returns", "class", "constructor", "methods");
        if (map is null)
        {
            return null;
        }
        if (map.Has("class"))
        {
            return ReadDesign(file, map);
        }
        foreach (var key in new[] { "constructor", "methods" }.Where(map.Has))
        {
            map.ErrorAtKey(key, $"'{key}' belongs to a design problem's signature (with 'class'), not to a function's");
            return null;
        }
        var function = ReadName(file, map, "function", "function name");
        var returns = ReadType(file, map.Required("returns"), "'returns'");
        if (returns is { Nullable: true, Rank: 0 })
        {
            // An expected output is a value; "no answer" is written as a sentinel (-1) or inside a list (int?[]).
            file.Error(map.Optional("returns")!, $"'returns' cannot be the nullable {returns}: return a sentinel or a list, e.g. {returns.Value with { Rank = 1 }}");
            returns = null;
        }
        var parameters = ReadParams(file, map.Required("params"), "'params'");
        return parameters is { } ps && function is not null && returns is not null ? new Signature(function, ps, returns.Value) : null;
    }

    /// <summary>A design problem's signature: <c>class</c>, <c>constructor</c> (its parameters) and
    /// <c>methods</c> (each a name, params and an optional returns; none means it returns nothing).</summary>
    private static Signature? ReadDesign(YamlFile file, YamlFile.Mapping map)
    {
        foreach (var key in new[] { "function", "params", "returns" }.Where(map.Has))
        {
            map.ErrorAtKey(key, $"a design problem's signature has 'class', 'constructor' and 'methods', not '{key}'");
            return null;
        }
        var name = ReadName(file, map, "class", "class name");
        var constructor = map.Has("constructor") ? ReadParams(file, map.Optional("constructor"), "'constructor'") : [];
        var methods = ImmutableArray.CreateBuilder<DesignMethod>();
        var methodsNode = map.Required("methods");
        var ok = methodsNode is not null && constructor is not null;
        foreach (var item in file.SequenceOf(methodsNode, "'methods'"))
        {
            var m = file.MappingOf(item, "a method", "name", "params", "returns");
            var methodName = m is null ? null : ReadName(file, m, "name", "method name");
            var parameters = m is null ? null : m.Has("params") ? ReadParams(file, m.Optional("params"), $"the parameters of '{methodName}'") : [];
            DataType? returns = null;
            if (m?.Optional("returns") is { } returnsNode && !(returnsNode is YamlDotNet.RepresentationModel.YamlScalarNode { Value: "void" }))
            {
                returns = ReadType(file, returnsNode, $"the return type of '{methodName}'");
                ok &= returns is not null;
            }
            if (methodName is null || parameters is null)
            {
                ok = false;
                continue;
            }
            if (methodName == name || methods.Any(x => x.Name == methodName))
            {
                file.Error(item, $"method name '{methodName}' must be unique and differ from the class name");
                ok = false;
                continue;
            }
            methods.Add(new DesignMethod(methodName, parameters.Value, returns));
        }
        if (ok && methods.Count == 0)
        {
            file.Error(methodsNode!, "'methods' must list at least one method");
            ok = false;
        }
        return ok && name is not null ? Signature.ForDesign(new DesignClass(name, constructor!.Value, methods.ToImmutable())) : null;
    }

    private static string? ReadName(YamlFile file, YamlFile.Mapping map, string key, string what)
    {
        var name = map.String(key, required: true);
        if (name is not null && !IdentifierPattern().IsMatch(name))
        {
            file.Error(map.Optional(key)!, $"{what} '{name}' must be an identifier (letters, digits, underscore)");
            return null;
        }
        return name;
    }

    private static ImmutableArray<Parameter>? ReadParams(YamlFile file, YamlDotNet.RepresentationModel.YamlNode? node, string what)
    {
        var parameters = ImmutableArray.CreateBuilder<Parameter>();
        var ok = node is not null;
        foreach (var item in file.SequenceOf(node, what))
        {
            var p = file.MappingOf(item, "a parameter", "name", "type");
            var name = p?.String("name", required: true);
            var type = p is null ? null : ReadType(file, p.Required("type"), $"the type of parameter '{name}'");
            if (name is null || type is null)
            {
                ok = false;
                continue;
            }
            if (!IdentifierPattern().IsMatch(name) || parameters.Any(x => x.Name == name))
            {
                file.Error(item, $"parameter name '{name}' must be an identifier, unique in {what}");
                ok = false;
                continue;
            }
            parameters.Add(new Parameter(name, type.Value));
        }
        return ok ? parameters.ToImmutable() : null;
    }

    private static DataType? ReadType(YamlFile file, YamlDotNet.RepresentationModel.YamlNode? node, string what)
    {
        if (node is null || !file.TryScalar(node, what, out var text))
        {
            return null;
        }
        if (DataType.TryParse(text, out var type))
        {
            return type;
        }
        file.Error(node, $"unknown type '{text}' for {what}; types are {DataType.Known}");
        return null;
    }

    /// <summary>The file a custom checker in Python lives in, beside problem.md.</summary>
    public const string CustomCheckerFile = "checker.py";

    /// <summary>The file a custom checker in JavaScript lives in, beside problem.md.</summary>
    public const string ScriptCheckerFile = "checker.js";

    /// <summary>The input validator, beside the test files.</summary>
    public const string InputValidatorFile = "validate.js";

    private static CheckerSpec? ReadChecker(YamlFile file, YamlDotNet.RepresentationModel.YamlNode? node, ProblemFiles files, string slug, ErrorSink sink)
    {
        if (node is null)
        {
            return CheckerSpec.Exact;
        }
        var map = file.MappingOf(node, "'checker'", "kind", "rtol", "atol");
        var kind = map?.Enum<CheckerKind>("kind", required: true);
        if (map is null || kind is null)
        {
            return null;
        }
        if (kind != CheckerKind.Float)
        {
            foreach (var key in new[] { "rtol", "atol" }.Where(map.Has))
            {
                map.ErrorAtKey(key, $"'{key}' applies only to the float checker");
            }
            if (kind == CheckerKind.Custom)
            {
                string python = $"{slug}/{CustomCheckerFile}", script = $"{slug}/{ScriptCheckerFile}";
                switch (files.Exists(python), files.Exists(script))
                {
                    case (false, false):
                        file.Error(node, $"the custom checker needs {ScriptCheckerFile} (or {CustomCheckerFile}, when it needs NumPy) beside problem.md, defining check(input, expected, actual)");
                        return null;
                    case (true, true):
                        file.Error(node, $"a custom checker is {ScriptCheckerFile} or {CustomCheckerFile}, not both");
                        return null;
                    case (false, true):
                        return ReadScript(files, script, sink) is { } parsed ? new CheckerSpec(CheckerKind.Custom, Code: parsed.Source, Script: parsed) : null;
                }
                return files.ReadText(python) is { } code ? new CheckerSpec(CheckerKind.Custom, Code: code) : null;
            }
            return new CheckerSpec(kind.Value);
        }
        if (!map.Has("rtol") && !map.Has("atol"))
        {
            file.Error(node, "the float checker needs rtol and/or atol");
            return null;
        }
        var rtol = map.Number("rtol", 0, 1);
        var atol = map.Number("atol", 0, 1e9);
        return (map.Has("rtol") && rtol is null) || (map.Has("atol") && atol is null)
            ? null
            : new CheckerSpec(CheckerKind.Float, rtol ?? 0, atol ?? 0);
    }

    // time_ms is one limit, or one per language: {csharp: 200, javascript: 300, python: 1000}, every language of the problem.
    private static Limits? ReadLimits(YamlFile file, YamlDotNet.RepresentationModel.YamlNode? node, ImmutableArray<Language> languages)
    {
        if (node is null)
        {
            return new Limits();
        }
        var map = file.MappingOf(node, "'limits'", "time_ms", "memory_mb");
        if (map is null)
        {
            return null;
        }
        var defaults = new Limits();
        var memory = map.Number("memory_mb", 32, 2048);
        if (map.Has("memory_mb") && memory is null)
        {
            return null;
        }
        if (map.Optional("time_ms") is YamlDotNet.RepresentationModel.YamlMappingNode perLanguage)
        {
            var times = file.MappingOf(perLanguage, "'time_ms' by language", [.. languages.Select(l => l.Id())]);
            if (times is null)
            {
                return null;
            }
            var byLanguage = ImmutableSortedDictionary.CreateBuilder<Language, int>();
            foreach (var language in languages)
            {
                if (!times.Has(language.Id()))
                {
                    file.Error(perLanguage, $"'time_ms' by language has no limit for {language.Id()}: give every language of the problem ({string.Join(", ", languages.Select(l => l.Id()).Order(StringComparer.Ordinal))})");
                    return null;
                }
                if (times.Number(language.Id(), 50, 20000) is not { } ms)
                {
                    return null;
                }
                byLanguage[language] = (int)ms;
            }
            return new Limits(byLanguage.Values.Max(), (int)(memory ?? defaults.MemoryMb)) { ByLanguage = byLanguage.ToImmutable() };
        }
        var time = map.Number("time_ms", 50, 20000);
        if (map.Has("time_ms") && time is null)
        {
            return null;
        }
        return new Limits((int)(time ?? defaults.TimeMs), (int)(memory ?? defaults.MemoryMb));
    }

    /// <summary>One of the problem's JavaScript files, parsed; null (an error said where) when it does not parse, or absent.</summary>
    internal static ProblemScript? ReadScript(ProblemFiles files, string path, ErrorSink sink)
    {
        if (!files.Exists(path) || files.ReadText(path) is not { } code)
        {
            return null;
        }
        try
        {
            return ProblemScript.Parse(path, code);
        }
        catch (ScriptException e)
        {
            sink.Add(new SourceLocation(path, e.Line), $"{Path.GetFileName(path)} does not parse: {e.Message}");
            return null;
        }
    }

    private static ImmutableArray<TestCase> ReadCases(ProblemFiles files, string slug, string name, IoMode io, Signature? signature, ErrorSink sink, bool samples, CaseGenerator? generator)
    {
        var path = $"{slug}/tests/{name}";
        if (!files.Exists(path))
        {
            sink.Add(new SourceLocation(path), $"tests/{name} is missing");
            return [];
        }
        if (files.ReadText(path, hiddenTests: !samples) is not { } text)
        {
            return [];
        }
        var file = YamlFile.Parse(text, path, sink);
        return TestCaseReader.Read(file, io, signature, samples, generator, files.ScriptLimits);
    }
}
