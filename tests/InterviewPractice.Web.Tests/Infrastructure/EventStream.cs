using System.Text.Json.Nodes;

namespace InterviewPractice.Web.Tests.Infrastructure;

/// <summary>A server-sent event stream as a client reads it, one event at a time, each read bounded.</summary>
public sealed class EventStream : IAsyncDisposable
{
    private static readonly TimeSpan ReadTimeout = TimeSpan.FromSeconds(10);
    private readonly HttpResponseMessage _response;
    private readonly StreamReader _reader;

    private EventStream(HttpResponseMessage response, Stream body)
    {
        _response = response;
        _reader = new StreamReader(body);
    }

    public static async Task<EventStream> OpenAsync(HttpClient client, string url)
    {
        var response = await client.GetAsync(url, HttpCompletionOption.ResponseHeadersRead).WaitAsync(ReadTimeout);
        response.EnsureSuccessStatusCode();
        return new EventStream(response, await response.Content.ReadAsStreamAsync().WaitAsync(ReadTimeout));
    }

    /// <summary>The next event's name and data, or null at the end of the stream.</summary>
    public async Task<(string Event, JsonNode? Data)?> NextAsync()
    {
        string? name = null;
        string? data = null;
        while (await _reader.ReadLineAsync().WaitAsync(ReadTimeout) is { } line)
        {
            if (line.Length == 0 && name is not null)
            {
                return (name, data is null ? null : JsonNode.Parse(data));
            }
            if (line.StartsWith("event: ", StringComparison.Ordinal))
            {
                name = line["event: ".Length..];
            }
            else if (line.StartsWith("data: ", StringComparison.Ordinal))
            {
                data = line["data: ".Length..];
            }
        }
        return null;
    }

    public ValueTask DisposeAsync()
    {
        _reader.Dispose();
        _response.Dispose();
        return ValueTask.CompletedTask;
    }
}
