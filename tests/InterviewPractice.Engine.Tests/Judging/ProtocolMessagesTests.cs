using System.Text.Json;
using InterviewPractice.Protocol;

namespace InterviewPractice.Engine.Tests.Judging;

/// <summary>The wire records read back what the judge writes: the context is strict on reading (required
/// fields, nulls), and leaves nulls out when writing, so an optional field must be optional on both sides.</summary>
public sealed class ProtocolMessagesTests
{
    [Fact]
    public void ADesignLoadWithAMethodThatReturnsNothingReadsBackAsWritten()
    {
        var load = new LoadRequest("function", "class LRUCache: ...", "00ff", 256)
        {
            ClassName = "LRUCache",
            Design = new DesignSpec("LRUCache", [new ParamSpec("capacity", "int")],
            [
                new MethodSpec("get", [new ParamSpec("key", "int")]) { Returns = "int" },
                new MethodSpec("put", [new ParamSpec("key", "int"), new ParamSpec("value", "int")]),
            ]),
        };

        var json = JsonSerializer.Serialize(load, ProtocolJsonContext.Default.LoadRequest);
        var read = JsonSerializer.Deserialize(json, ProtocolJsonContext.Default.LoadRequest)!;

        Assert.Contains("\"design\":{\"className\":\"LRUCache\",\"constructor\":[{\"name\":\"capacity\",\"type\":\"int\"}]", json);
        Assert.DoesNotContain("\"function\":", json);
        Assert.Equal(["get", "put"], read.Design!.Methods.Select(m => m.Name));
        Assert.Equal("int", read.Design.Methods[0].Returns);
        Assert.Null(read.Design.Methods[1].Returns);
        Assert.Equal("value", read.Design.Methods[1].Params[1].Name);
    }
}
