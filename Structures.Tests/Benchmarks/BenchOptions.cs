using Structures.Core.Data;

namespace Structures.Tests.Benchmarks;

// Which scenarios to run, at which size, and where the results go. Minutes is the chaos soak's length; BoardPages, the
// open pages of the live board at every size and of the board across two instances (else each one's own default).
internal sealed record BenchOptions(bool Smoke, IReadOnlySet<string> Only, string Output, double Minutes = 10, int? BoardPages = null)
{
    // The engines the data-touching scenarios run on (--provider sqlite|postgres|both): both unless named, or SQLite
    // alone when no PostgreSQL server is given (STRUCTURES_POSTGRES).
    public IReadOnlyList<DatabaseProvider> Engines { get; init; } = [DatabaseProvider.Sqlite];

    // The sync at one size only (--owners), in this process: how the sync scenario measures each size in a fresh one.
    public int? Owners { get; init; }

    // Run only when named with --only: the soak takes its minutes plus the drain.
    private static readonly string[] OnlyWhenNamed = ["soak"];

    public static BenchOptions Parse(IReadOnlyList<string> args) =>
        Parse(args, Environment.GetEnvironmentVariable(Infrastructure.TestPostgres.Variable) is { Length: > 0 });

    public static BenchOptions Parse(IReadOnlyList<string> args, bool postgresAvailable)
    {
        var smoke = args.Contains("--smoke");
        HashSet<string> only = [.. Value(args, "--only")?.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries) ?? []];
        if (smoke && only.Count == 0)
        {
            only.Add("drain");
        }

        var output = Value(args, "--out") ?? Path.Combine(RepositoryRoot(), "artifacts", "bench", "results.json");
        var minutes = double.Parse(Value(args, "--minutes") ?? "10", System.Globalization.CultureInfo.InvariantCulture);
        var owners = Value(args, "--owners") is { } count ? int.Parse(count, System.Globalization.CultureInfo.InvariantCulture) : (int?)null;
        var boardPages = Value(args, "--pages") is { } pages ? int.Parse(pages, System.Globalization.CultureInfo.InvariantCulture) : (int?)null;
        return new BenchOptions(smoke, only, Path.GetFullPath(output), minutes, boardPages)
        {
            Engines = BenchEngines.Parse(Value(args, "--provider"), postgresAvailable),
            Owners = owners,
        };
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
