namespace Structures.Tests.Benchmarks;

// One scenario's outcome as written to results.json: what was run, what was measured, and whether it met its target.
internal sealed record BenchResult(
    string Scenario,
    string Title,
    IReadOnlyDictionary<string, object> Parameters,
    IReadOnlyDictionary<string, double> Figures,
    string Target,
    bool TargetMet,
    string? Note = null)
{
    // Figures taken over time, in order (per minute, say), where one number would hide the trend.
    public IReadOnlyDictionary<string, IReadOnlyList<double>>? Series { get; init; }

    // The database engine the scenario ran on (sqlite or postgres); none for a scenario that sets up its own.
    public string? Engine { get; init; }
}
