namespace InterviewPractice.Cli; internal static class ValidateCommand { public static Task<int> RunAsync(string[] args, CancellationToken ct) => Task.FromResult(0); }
