using InterviewPractice.Judging.Sandbox;
using InterviewPractice.Protocol;

namespace InterviewPractice.Engine.Tests.Judging;

/// <summary>
/// The judge's one reader of container lines, on lines crafted as a submission that found the protocol stream
/// might write them: every one is a violation (never an exception), and honest lines are read in full.
/// </summary>
public sealed class AnswerReaderTests
{
    private const string Nonce = "0123456789abcdef0123456789abcdef";

    [Theory]
    [InlineData("""{"type":"result","nonce":"N","id":0,"ok":true,"value":[0,1],"stdout":"","outputLimit":false}""")]
    [InlineData("""{"nonce":"N","type":"result","id":0,"ok":true,"value":null}""")]
    [InlineData("""{"type":"result","nonce":"N","id":0,"ok":false,"error":"MemoryError","message":"MemoryError","line":null,"stdout":null,"outputLimit":null}""")]
    [InlineData("""{"type":"result","nonce":"N","id":0,"ok":false,"error":"RuntimeError","message":"x","line":3,"exitCode":1,"value":"out","stdout":"e"}""")]
    public void HonestResultsAreRead(string line)
    {
        var answer = AnswerReader.ReadResult(line.Replace("\"N\"", $"\"{Nonce}\""), Nonce, 0);

        Assert.Null(answer.Violation);
        Assert.NotNull(answer.Message);
        Assert.Equal(0, answer.Message.Id);
    }

    [Fact]
    public void AnOkResultKeepsItsValueAndOutput()
    {
        var answer = AnswerReader.ReadResult($$"""{"type":"result","nonce":"{{Nonce}}","id":4,"ok":true,"value":{"a":[1.5,"NaN"]},"stdout":"hi\n","outputLimit":false}""", Nonce, 4);

        Assert.Equal("""{"a":[1.5,"NaN"]}""", answer.Message!.Value!.ToJsonString());
        Assert.Equal("hi\n", answer.Message.Stdout);
        Assert.False(answer.Message.OutputLimit);
    }

    [Theory]
    // What a forged line usually lacks: the nonce (missing, wrong, of another type).
    [InlineData("""{"type":"result","id":0,"ok":false,"error":5,"message":[1]}""", "nonce")]
    [InlineData("""{"type":"result","id":0,"ok":true,"value":[0,1]}""", "nonce")]
    [InlineData("""{"type":"result","nonce":"0000","id":0,"ok":true,"value":[0,1]}""", "nonce")]
    [InlineData("""{"type":"result","nonce":1,"id":0,"ok":true,"value":[0,1]}""", "nonce")]
    // Not a message at all.
    [InlineData("""not json""", "not JSON")]
    [InlineData("""{"type":"result","nonce":"N","id":0,"ok":tr""", "not JSON")]
    [InlineData("""[1,2]""", "message type")]
    [InlineData("""{"nonce":"N","id":0,"ok":true}""", "message type")]
    [InlineData("""{"type":7,"nonce":"N","id":0,"ok":true}""", "message type")]
    // The right nonce, the wrong shape.
    [InlineData("""{"type":"loaded","nonce":"N"}""", "`loaded` line")]
    [InlineData("""{"type":"resultx","nonce":"N","id":0,"ok":true}""", "`resultx` line")]
    [InlineData("""{"type":"result","nonce":"N","id":"0","ok":true}""", "malformed")]
    [InlineData("""{"type":"result","nonce":"N","id":0.5,"ok":true}""", "malformed")]
    [InlineData("""{"type":"result","nonce":"N","id":null,"ok":true}""", "malformed")]
    [InlineData("""{"type":"result","nonce":"N","ok":true}""", "malformed")]
    [InlineData("""{"type":"result","nonce":"N","id":0}""", "malformed")]
    [InlineData("""{"type":"result","nonce":"N","id":0,"ok":"yes"}""", "malformed")]
    [InlineData("""{"type":"result","nonce":"N","id":0,"ok":false,"error":5,"message":"m"}""", "malformed")]
    [InlineData("""{"type":"result","nonce":"N","id":0,"ok":false,"error":"RuntimeError","message":[1]}""", "malformed")]
    [InlineData("""{"type":"result","nonce":"N","id":0,"ok":false,"error":"RuntimeError","line":"7"}""", "malformed")]
    [InlineData("""{"type":"result","nonce":"N","id":0,"ok":true,"stdout":{}}""", "malformed")]
    [InlineData("""{"type":"result","nonce":"N","id":0,"ok":true,"outputLimit":"true"}""", "malformed")]
    [InlineData("""{"type":"result","nonce":"N","id":2,"ok":false,"error":"Accepted","message":"m"}""", "error kind")]
    [InlineData("""{"type":"result","nonce":"N","id":2,"ok":false}""", "error kind")]
    // A stale or duplicate result: the runner's own line for the previous test, read while this one runs.
    [InlineData("""{"type":"result","nonce":"N","id":1,"ok":true,"value":[0,1]}""", "a result for test 1 while test 2 ran")]
    [InlineData("""{"type":"result","nonce":"N","id":3,"ok":true,"value":[0,1]}""", "a result for test 3 while test 2 ran")]
    public void ForgedOrCorruptResultsAreViolations(string line, string why)
    {
        var answer = AnswerReader.ReadResult(line.Replace("\"N\"", $"\"{Nonce}\""), Nonce, 2);

        Assert.Null(answer.Message);
        Assert.Null(answer.Refusal);
        Assert.Contains(why, answer.Violation);
    }

    [Fact]
    public void AnErrorLineWithTheNonceIsARefusalNotAVerdict()
    {
        var answer = AnswerReader.ReadResult($$"""{"type":"error","nonce":"{{Nonce}}","message":"Malformed request"}""", Nonce, 0);

        Assert.Equal("Malformed request", answer.Refusal);
        Assert.Null(answer.Violation);
    }

    [Theory]
    [InlineData("""{"type":"loaded","nonce":"N"}""", MessageTypes.Loaded)]
    [InlineData("""{"type":"compile_error","nonce":"N","message":"SyntaxError","line":3,"column":9}""", MessageTypes.CompileError)]
    [InlineData("""{"type":"runtime_error","nonce":"N","message":"NameError","line":null}""", MessageTypes.RuntimeError)]
    public void LoadAnswersAreRead(string line, string type)
    {
        var answer = AnswerReader.ReadLoad(line.Replace("\"N\"", $"\"{Nonce}\""), Nonce);

        Assert.Equal(type, answer.Message?.Type);
    }

    [Theory]
    [InlineData("""{"type":"loaded"}""")]
    [InlineData("""{"type":"result","nonce":"N","id":0,"ok":true}""")]
    [InlineData("""{"type":"compile_error","nonce":"N","message":3}""")]
    [InlineData("""{"type":"runtime_error","nonce":"N","message":"m","line":"x"}""")]
    public void ForgedLoadAnswersAreViolations(string line)
    {
        Assert.NotNull(AnswerReader.ReadLoad(line.Replace("\"N\"", $"\"{Nonce}\""), Nonce).Violation);
    }

    [Fact]
    public void ACompiledAnswerForAnotherRequestIsAViolation()
    {
        Assert.Null(AnswerReader.ReadCompiled("""{"type":"compiled","id":"7","ok":true,"assembly":"AA==","pdb":"AA==","warnings":[]}""", "7").Violation);
        Assert.Contains("compile 6 while compile 7", AnswerReader.ReadCompiled("""{"type":"compiled","id":"6","ok":true}""", "7").Violation);
        Assert.NotNull(AnswerReader.ReadCompiled("""{"type":"compiled","id":7,"ok":true}""", "7").Violation);
    }

    [Fact]
    public void AReadyLineOfThisVersionIsAccepted()
    {
        Assert.Null(AnswerReader.CheckReady($$"""{"type":"ready","protocol":{{SandboxProtocol.Version}}}""", "img"));
    }

    [Theory]
    [InlineData("""{"type":"ready"}""", 1)]
    [InlineData("""{"type":"ready","protocol":1}""", 1)]
    [InlineData("""{"type":"ready","protocol":2}""", 2)]
    [InlineData("""{"type":"ready","protocol":4}""", 4)]
    public void AReadyLineOfAnotherVersionSaysHowToRebuildTheImage(string line, int version)
    {
        var problem = AnswerReader.CheckReady(line, "interviewpractice/sandbox:old");

        Assert.Equal($"the sandbox image interviewpractice/sandbox:old speaks protocol {version}, this judge needs {SandboxProtocol.Version}: rebuild it with ./interview setup sandbox", problem);
    }

    [Theory]
    [InlineData("""hello""")]
    [InlineData("""{"type":"loaded"}""")]
    [InlineData("""{"type":"ready","protocol":"2"}""")]
    public void AFirstLineThatIsNotReadyIsNamed(string line)
    {
        Assert.StartsWith("the container's first line is not a ready line", AnswerReader.CheckReady(line, "img"));
    }
}
