namespace Structures.Tests.Benchmarks;

// One scenario's outcome as written to results.json: what was run, what was measured, and whether it met its target.
internal sealed record BenchResult(
    string Scenario,
    string Title,
    IReadOnlyDictionary<string, object> Parameters,
    IReadOnlyDictionary<string, double> Figures,
    string Target,
    bool TargetMet,
    string? Note = null);
