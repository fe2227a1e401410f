using System.Text.Json;

namespace Structures.Tests.Benchmarks;

// The garbage collector's and the JIT's settings the Dashboard ships with (its runtimeconfig.json, beside the benchmark,
// and the runtime's variables its installs set in the environment, Deploy/structures.env), as the environment variables
// that give a benchmark process the same: its memory is then the product's, not the test project's defaults. A
// variable already set by the caller wins, so a run can try other settings.
internal static class ProductGcSettings
{
    public static string ShippedEnvironmentFile =>
        Path.Combine(Infrastructure.BrowserFixture.RepositoryRoot(), "Structures.Dashboard", "Deploy", "structures.env");

    private static readonly Dictionary<string, string> Variables = new()
    {
        ["System.GC.Server"] = "DOTNET_gcServer",
        ["System.GC.Concurrent"] = "DOTNET_gcConcurrent",
        ["System.GC.ConserveMemory"] = "DOTNET_GCConserveMemory",
        ["System.GC.DynamicAdaptationMode"] = "DOTNET_GCDynamicAdaptationMode",
        ["System.Runtime.TieredCompilation"] = "DOTNET_TieredCompilation",
    };

    public static void ApplyTo(System.Diagnostics.ProcessStartInfo info)
    {
        var shipped = Read(Path.Combine(AppContext.BaseDirectory, "Structures.Dashboard.runtimeconfig.json")).Concat(RuntimeVariables(ShippedEnvironmentFile));
        foreach (var (name, value) in shipped)
        {
            if (Environment.GetEnvironmentVariable(name) is null)
            {
                info.Environment[name] = value;
            }
        }
    }

    // The runtime's own variables (DOTNET_...) of an environment file, as KEY=value lines with # comments.
    public static IEnumerable<(string Variable, string Value)> RuntimeVariables(string environmentFile) =>
        File.ReadAllLines(environmentFile).Select(l => l.Trim()).Where(l => l.StartsWith("DOTNET_", StringComparison.Ordinal) && l.Contains('=', StringComparison.Ordinal))
            .Select(l => (l[..l.IndexOf('=', StringComparison.Ordinal)], l[(l.IndexOf('=', StringComparison.Ordinal) + 1)..]));

    public static IEnumerable<(string Variable, string Value)> Read(string runtimeConfig)
    {
        if (!File.Exists(runtimeConfig))
        {
            yield break;
        }

        using var document = JsonDocument.Parse(File.ReadAllText(runtimeConfig));
        if (!document.RootElement.GetProperty("runtimeOptions").TryGetProperty("configProperties", out var properties))
        {
            yield break;
        }

        foreach (var property in properties.EnumerateObject().Where(p => Variables.ContainsKey(p.Name)))
        {
            var value = property.Value.ValueKind switch
            {
                JsonValueKind.True => "1",
                JsonValueKind.False => "0",
                _ => property.Value.ToString(),
            };
            yield return (Variables[property.Name], value);
        }
    }
}
