namespace Structures.Tests.Benchmarks;

// Which scenarios to run, at which size, and where the results go. Minutes is the chaos soak's length; BoardPages, the
// live board's open pages at every size (else its own default).
internal sealed record BenchOptions(bool Smoke, IReadOnlySet<string> Only, string Output, double Minutes = 10, int? BoardPages = null)
{
    // Run only when named with --only: the soak takes its minutes plus the drain.
    private static readonly string[] OnlyWhenNamed = ["soak"];

    public static BenchOptions Parse(IReadOnlyList<string> args)
    {
        var smoke = args.Contains("--smoke");
        HashSet<string> only = [.. Value(args, "--only")?.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries) ?? []];
        if (smoke && only.Count == 0)
        {
            only.Add("drain");
        }

        var output = Value(args, "--out") ?? Path.Combine(RepositoryRoot(), "artifacts", "bench", "results.json");
        var minutes = double.Parse(Value(args, "--minutes") ?? "10", System.Globalization.CultureInfo.InvariantCulture);
        var boardPages = Value(args, "--pages") is { } pages ? int.Parse(pages, System.Globalization.CultureInfo.InvariantCulture) : (int?)null;
        return new BenchOptions(smoke, only, Path.GetFullPath(output), minutes, boardPages);
    }

    public bool Runs(string scenario) => Only.Contains(scenario) || (Only.Count == 0 && !OnlyWhenNamed.Contains(scenario));

    private static string? Value(IReadOnlyList<string> args, string name)
    {
        var at = args.ToList().IndexOf(name);
        return at >= 0 && at + 1 < args.Count ? args[at + 1] : null;
    }

    private static string RepositoryRoot()
    {
        var directory = new DirectoryInfo(Directory.GetCurrentDirectory());
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "Structures.sln")))
        {
            directory = directory.Parent;
        }

        return directory?.FullName ?? Directory.GetCurrentDirectory();
    }
}
