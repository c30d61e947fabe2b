using System.Text;

namespace InterviewPractice.Sandbox.Running;

/// <summary>Console.Out and Console.Error of a function submission: what a test printed, up to a limit.
/// Installed once, for the runner's lifetime, so a writer the submission keeps in a static field still works.</summary>
internal sealed class OutputCapture(int limit) : TextWriter
{
    // Console.Out and Console.Error are separately synchronized wrappers around this one object.
    private readonly Lock _gate = new();
    private readonly StringBuilder _text = new();
    private bool _limitReached;

    public override Encoding Encoding => Encoding.UTF8;

    public override void Write(char value) => Append(new ReadOnlySpan<char>(in value));

    public override void Write(char[] buffer, int index, int count) => Append(buffer.AsSpan(index, count));

    public override void Write(ReadOnlySpan<char> buffer) => Append(buffer);

    public override void Write(string? value) => Append(value);

    /// <summary>Forgets what was printed so far (between tests, by leftover threads or a static constructor).</summary>
    public void Reset() => Take();

    public (string Text, bool LimitReached) Take()
    {
        lock (_gate)
        {
            var taken = (_text.ToString(), _limitReached);
            _text.Clear();
            _limitReached = false;
            return taken;
        }
    }

    private void Append(ReadOnlySpan<char> text)
    {
        lock (_gate)
        {
            var room = limit - _text.Length;
            if (text.Length > room)
            {
                _limitReached = true;
                text = text[..room];
            }
            _text.Append(text);
        }
    }
}
