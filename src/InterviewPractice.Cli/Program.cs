using InterviewPractice.Cli;

// The command line behind ./interview: judge a file, validate problem folders.
using var cancel = new CancellationTokenSource();
Console.CancelKeyPress += (_, e) =>
{
    e.Cancel = true;
    cancel.Cancel();
};

var command = args.FirstOrDefault();
var rest = args.Skip(1).ToArray();
try
{
    return command switch
    {
        "judge" => await JudgeCommand.RunAsync(rest, cancel.Token),
        "validate" => await ValidateCommand.RunAsync(rest, cancel.Token),
        "new" => NewCommand.Run(rest),
        _ => Usage(),
    };
}
catch (InvalidOperationException e) when (e.Message.Contains("Docker", StringComparison.Ordinal) || e.Message.Contains("image", StringComparison.Ordinal))
{
    Console.Error.WriteLine($"error: {e.Message}");
    return 3;
}

static int Usage()
{
    Console.Error.WriteLine("""
        usage:
          interview-cli judge SLUG FILE [--lang L] [--run] [--problems DIR]
          interview-cli new SLUG [--kind code|concept] [--problems DIR]
                                            a problem folder that validates as it is, to edit
          interview-cli validate [DIR] [--summary]
                                            DIR: the problems folder (default problems) or one problem's folder;
                                            --summary: the catalog by kind, difficulty and tag
        """);
    return 2;
}
