using System.Globalization;
using System.Runtime.InteropServices;
using System.Text;

namespace InterviewPractice.Problems.Loading;

/// <summary>How large a problem file may be, in bytes; bound from <see cref="ProblemsOptions"/>.</summary>
/// <param name="MaxFileBytes">Statements, editorials, sample tests, answer keys, checkers, solutions and sets.</param>
/// <param name="MaxHiddenTestBytes"><c>tests/hidden.yaml</c>, where the large cases live.</param>
/// <param name="Scripts">What a case generator may spend per case (default <see cref="InterviewPractice.Problems.Scripts.ScriptLimits.Default"/>).</param>
public sealed record ProblemFileLimits(
    long MaxFileBytes = ProblemFileLimits.DefaultMaxFileBytes, long MaxHiddenTestBytes = ProblemFileLimits.DefaultMaxHiddenTestBytes, Scripts.ScriptLimits? Scripts = null)
{
    /// <summary>1 MiB: the largest such file in <c>problems/</c> is under 4 KiB.</summary>
    public const long DefaultMaxFileBytes = 1L << 20;

    /// <summary>32 MiB: the largest hidden test file in <c>problems/</c> is about 1 MiB.</summary>
    public const long DefaultMaxHiddenTestBytes = 32L << 20;

    /// <summary>The defaults.</summary>
    public static ProblemFileLimits Default { get; } = new();
}

/// <summary>
/// Reads files of the problems folder without trusting them. A problem folder arrives in a pull request, so it may
/// hold links (to /dev/zero, to secrets outside the folder), named pipes (opening one for reading blocks until a
/// writer comes, which is forever) or files too large to hold. Every path below the problems root is checked before
/// anything is opened; problems are refused with an error naming the file, never with an exception.
/// </summary>
/// <remarks>
/// Links are refused wherever they point, including inside the folder: one rule is easy to check and to explain,
/// a link that points inside today can be retargeted tomorrow, and Git on Windows checks links out as text files.
/// The problems root itself may be a link (a deployment choice, not an author's). A file swapped for a link between
/// the check and the read is not caught; whoever can do that already writes to the server's disk.
/// </remarks>
internal sealed class ProblemFiles(string root, ProblemFileLimits limits, ErrorSink sink)
{
    private readonly HashSet<string> _refusedLinks = new(StringComparer.Ordinal);

    /// <summary>What the folder's scripts may spend per call.</summary>
    public Scripts.ScriptLimits ScriptLimits => limits.Scripts ?? Scripts.ScriptLimits.Default;

    /// <summary>The full path of <paramref name="relative"/>, a path relative to the root with '/' separators.</summary>
    public string Full(string relative) => Path.Combine(root, relative);

    /// <summary>True when something other than a folder is at <paramref name="relative"/>, including a dangling link.</summary>
    public bool Exists(string relative)
    {
        var full = Full(relative);
        return File.Exists(full) || new FileInfo(full).LinkTarget is not null;
    }

    /// <summary>Checks that no folder or file from the root down to <paramref name="relative"/> is a link.</summary>
    public bool CheckNoLinks(string relative)
    {
        var parts = relative.Split('/', StringSplitOptions.RemoveEmptyEntries);
        for (var i = 1; i <= parts.Length; i++)
        {
            var display = string.Join('/', parts[..i]);
            var full = Full(display);
            if (new FileInfo(full).LinkTarget is not { } target)
            {
                continue;
            }
            var isFolder = i < parts.Length || Directory.Exists(full);
            display += isFolder ? "/" : "";
            // Several files of one linked folder would each report it; the author needs to read it once.
            if (_refusedLinks.Add(display))
            {
                sink.Add(new SourceLocation(display), $"a symbolic link (to {target}) is not allowed in a problem folder: copy the {(isFolder ? "folder" : "file")} in instead");
            }
            return false;
        }
        return true;
    }

    /// <summary>
    /// A regular file's text (UTF-8 unless a byte order mark says otherwise), checked and bounded like
    /// <see cref="ReadBytes"/>; null (an error said why) when it may not be read.
    /// </summary>
    public string? ReadText(string relative, bool hiddenTests = false)
    {
        if (ReadBytes(relative, hiddenTests) is not { } bytes)
        {
            return null;
        }
        using var reader = new StreamReader(new MemoryStream(bytes), Encoding.UTF8, detectEncodingFromByteOrderMarks: true);
        return reader.ReadToEnd();
    }

    /// <summary>
    /// A regular file's bytes: no links on the way, no special files, at most the limit (the hidden tests' limit
    /// for <paramref name="hiddenTests"/>); null (an error said why) when it may not be read.
    /// </summary>
    public byte[]? ReadBytes(string relative, bool hiddenTests = false)
    {
        if (!CheckNoLinks(relative))
        {
            return null;
        }
        var full = Full(relative);
        var location = new SourceLocation(relative);
        if (SpecialFileKind(full) is { } special)
        {
            sink.Add(location, $"{special} is not a problem file: only regular files are read");
            return null;
        }
        var (limit, setting) = hiddenTests
            ? (limits.MaxHiddenTestBytes, nameof(ProblemsOptions.MaxHiddenTestBytes))
            : (limits.MaxFileBytes, nameof(ProblemsOptions.MaxFileBytes));
        try
        {
            var length = new FileInfo(full).Length;
            if (length > limit)
            {
                sink.Add(location, TooLarge(length, limit, setting));
                return null;
            }
            // Where the file type is unknown (not Linux), special files still report size 0: never opening an empty
            // file keeps a named pipe from blocking the loader there too.
            if (length == 0)
            {
                return [];
            }
            return ReadBounded(full, limit, out var read) ?? Fail(TooLarge(read, limit, setting));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return Fail($"the file could not be read: {e.Message}");
        }

        byte[]? Fail(string message)
        {
            sink.Add(location, message);
            return null;
        }
    }

    /// <summary>Reads at most <paramref name="limit"/> bytes, so a file that grew after it was measured stays bounded.</summary>
    private static byte[]? ReadBounded(string full, long limit, out long read)
    {
        using var stream = new FileStream(full, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
        using var bytes = new MemoryStream();
        var buffer = new byte[81920];
        read = 0;
        int n;
        while ((n = stream.Read(buffer)) > 0)
        {
            read += n;
            if (read > limit)
            {
                return null;
            }
            bytes.Write(buffer, 0, n);
        }
        return bytes.ToArray();
    }

    private static string TooLarge(long size, long limit, string setting) =>
        $"the file is {size.ToString("N0", CultureInfo.InvariantCulture)} bytes, over the {Size(limit)} limit (setting Problems:{setting})";

    private static string Size(long bytes) => bytes switch
    {
        _ when bytes % (1L << 20) == 0 => $"{bytes >> 20} MiB",
        _ when bytes % (1L << 10) == 0 => $"{bytes >> 10} KiB",
        _ => $"{bytes.ToString("N0", CultureInfo.InvariantCulture)}-byte",
    };

    /// <summary>
    /// What <paramref name="full"/> is when it is not a regular file, e.g. "a named pipe (FIFO)"; null for a regular
    /// file or where the type cannot be told. .NET's file APIs report FIFOs and devices as ordinary files, so Linux's
    /// statx is asked (its layout is the same on every architecture, unlike struct stat's).
    /// </summary>
    private static string? SpecialFileKind(string full)
    {
        if (!OperatingSystem.IsLinux())
        {
            return null;
        }
        var buffer = new byte[StatxSize];
        int result;
        try
        {
            result = Statx(AtCurrentDirectory, full, AtSymlinkNoFollow, StatxType, buffer);
        }
        catch (EntryPointNotFoundException)
        {
            // A C library older than glibc 2.28 or musl 1.2.5; the size-zero rule in ReadText still applies.
            return null;
        }
        if (result != 0)
        {
            return null;
        }
        return (BitConverter.ToUInt16(buffer, StatxModeOffset) & TypeMask) switch
        {
            TypeRegular => null,
            TypeFifo => "a named pipe (FIFO)",
            TypeCharacterDevice => "a character device",
            TypeBlockDevice => "a block device",
            TypeSocket => "a socket",
            TypeDirectory => "a folder",
            _ => "a special file",
        };
    }

    private const int AtCurrentDirectory = -100;
    private const int AtSymlinkNoFollow = 0x100;
    private const uint StatxType = 0x1;
    private const int StatxSize = 256;
    private const int StatxModeOffset = 28;
    private const int TypeMask = 0xF000;
    private const int TypeFifo = 0x1000;
    private const int TypeCharacterDevice = 0x2000;
    private const int TypeDirectory = 0x4000;
    private const int TypeBlockDevice = 0x6000;
    private const int TypeRegular = 0x8000;
    private const int TypeSocket = 0xC000;

    [DllImport("libc", EntryPoint = "statx", SetLastError = true)]
    private static extern int Statx(int directory, [MarshalAs(UnmanagedType.LPUTF8Str)] string path, int flags, uint mask, [Out] byte[] buffer);
}
