using Structures.Core.Data;

namespace Structures.Tests.Benchmarks;

// Which database engine the scenario being run uses: the runner sets it, BenchApp starts its app on it.
internal static class BenchEngines
{
    // The scenarios that read and write the app's data, run once per chosen engine.
    public static readonly IReadOnlySet<string> DataScenarios = new HashSet<string> { "overhead", "cache", "drain", "sync", "board", "soak" };

    private static readonly AsyncLocal<DatabaseProvider> Engine = new();

    public static DatabaseProvider Current
    {
        get => Engine.Value;
        set => Engine.Value = value;
    }

    public static string Name(DatabaseProvider engine) => engine == DatabaseProvider.PostgreSQL ? "postgres" : "sqlite";

    public static IReadOnlyList<DatabaseProvider> Parse(string? provider, bool postgresAvailable) => provider?.ToLowerInvariant() switch
    {
        null => postgresAvailable ? [DatabaseProvider.Sqlite, DatabaseProvider.PostgreSQL] : [DatabaseProvider.Sqlite],
        "both" => [DatabaseProvider.Sqlite, DatabaseProvider.PostgreSQL],
        "sqlite" => [DatabaseProvider.Sqlite],
        "postgres" or "postgresql" => [DatabaseProvider.PostgreSQL],
        _ => throw new ArgumentException($"--provider takes sqlite, postgres or both, not '{provider}'.", nameof(provider)),
    };
}
