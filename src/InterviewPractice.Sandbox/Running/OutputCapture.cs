using System.Text;

namespace InterviewPractice.Sandbox.Running;

/// <summary>Console.Out and Console.Error of a function submission: what a test printed, up to <c>limit</c> bytes
/// of UTF-8. Installed once, for the runner's lifetime, so a writer the submission keeps in a static field still
/// works.</summary>
/// <remarks>While a test runs (<see cref="BeginTest"/> .. <see cref="EndTest"/>), printing past the limit ends the
/// test on the spot: <c>outputLimitExceeded</c> gets the test's id and what was printed, on the printing thread,
/// and does not return (the runner writes the test's OutputLimit result and exits). No exception is involved, so
/// the submission cannot catch it. Outside a test (a static constructor, threads left running between tests),
/// output past the limit is dropped.</remarks>
internal sealed class OutputCapture(int limit, Action<int, string> outputLimitExceeded) : TextWriter
{
    // Console.Out and Console.Error are separately synchronized wrappers around this one object.
    private readonly Lock _gate = new();
    private readonly StringBuilder _text = new();
    private int _bytes;
    private bool _limitReached;
    private bool _testing;
    private int _testId;

    public override Encoding Encoding => Encoding.UTF8;

    public override void Write(char value) => Append(new ReadOnlySpan<char>(in value));

    public override void Write(char[] buffer, int index, int count) => Append(buffer.AsSpan(index, count));

    public override void Write(ReadOnlySpan<char> buffer) => Append(buffer);

    public override void Write(string? value) => Append(value);

    /// <summary>A test starts: forgets what was printed since the last one (by leftover threads or a static
    /// constructor); from here on, printing past the limit ends the test.</summary>
    public void BeginTest(int id)
    {
        lock (_gate)
        {
            Clear();
            _testId = id;
            _testing = true;
        }
    }

    /// <summary>The test is over (its own result follows): what it printed.</summary>
    public (string Text, bool LimitReached) EndTest()
    {
        lock (_gate)
        {
            _testing = false;
            var taken = (_text.ToString(), _limitReached);
            Clear();
            return taken;
        }
    }

    private void Clear()
    {
        _text.Clear();
        _bytes = 0;
        _limitReached = false;
    }

    private void Append(ReadOnlySpan<char> text)
    {
        lock (_gate)
        {
            if (_limitReached)
            {
                return;
            }
            var bytes = Encoding.UTF8.GetByteCount(text);
            if (bytes <= limit - _bytes)
            {
                _text.Append(text);
                _bytes += bytes;
                return;
            }
            _limitReached = true;
            _text.Append(text[..FittingPrefix(text, limit - _bytes)]);
            if (_testing)
            {
                // Still holding the gate: the test's own result (EndTest) can no longer be taken.
                _testing = false;
                outputLimitExceeded(_testId, _text.ToString());
            }
        }
    }

    /// <summary>The number of leading characters of <paramref name="text"/> whose UTF-8 fits in
    /// <paramref name="room"/> bytes, never splitting a surrogate pair.</summary>
    private static int FittingPrefix(ReadOnlySpan<char> text, int room)
    {
        var chars = 0;
        while (chars < text.Length)
        {
            Rune.DecodeFromUtf16(text[chars..], out var rune, out var consumed);
            room -= rune.Utf8SequenceLength;
            if (room < 0)
            {
                break;
            }
            chars += consumed;
        }
        return chars;
    }
}
