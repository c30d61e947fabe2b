namespace InterviewPractice.Sandbox.Running;

/// <summary>A child's output stream read to its end: the first <c>headLimit</c> bytes and the last
/// <c>tailLimit</c> bytes are kept, the rest is drained so the child never blocks on a full pipe. With
/// <c>stopWhenTruncated</c>, reading stops once more than <c>headLimit</c> bytes came (after
/// <c>onTruncated</c>, which is expected to kill the writer).</summary>
internal sealed record CappedCapture(byte[] Head, byte[] Tail, bool Truncated)
{
    public static CappedCapture Read(
        Stream stream, int headLimit, int tailLimit, Action? onTruncated = null, bool stopWhenTruncated = false)
    {
        var head = new MemoryStream();
        var tail = new byte[tailLimit];
        var tailLength = 0;
        var truncated = false;
        var buffer = new byte[1 << 16];
        int read;
        while ((read = stream.Read(buffer)) > 0)
        {
            var chunk = buffer.AsSpan(0, read);

            var room = headLimit - (int)head.Length;
            head.Write(chunk[..Math.Min(room, read)]);
            if (read > room && !truncated)
            {
                truncated = true;
                onTruncated?.Invoke();
                if (stopWhenTruncated)
                {
                    break;
                }
            }

            if (chunk.Length >= tailLimit)
            {
                chunk[^tailLimit..].CopyTo(tail);
                tailLength = tailLimit;
            }
            else
            {
                var keep = Math.Min(tailLength, tailLimit - chunk.Length);
                tail.AsSpan(tailLength - keep, keep).CopyTo(tail);
                chunk.CopyTo(tail.AsSpan(keep));
                tailLength = keep + chunk.Length;
            }
        }
        return new CappedCapture(head.ToArray(), tail[..tailLength], truncated);
    }
}
