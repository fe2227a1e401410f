using System.Text.Json;
using Structures.Tests.Dashboard.Hosting;

namespace Structures.Tests.Benchmarks;

// The garbage collector's and the JIT's settings the Dashboard ships with (its runtimeconfig.json, beside the benchmark,
// and the runtime's variables its installs set in the environment, Deploy/structures.env), as the environment variables
// that give a benchmark process the same: its memory is then the product's, not the test project's defaults. A
// variable already set by the caller wins, so a run can try other settings.
internal static class ProductGcSettings
{
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
        var shipped = Read(Path.Combine(AppContext.BaseDirectory, "Structures.Dashboard.runtimeconfig.json")).Concat(RuntimeVariables());
        foreach (var (name, value) in shipped)
        {
            if (Environment.GetEnvironmentVariable(name) is null)
            {
                info.Environment[name] = value;
            }
        }
    }

    // The runtime's own variables (DOTNET_...) that installs set in the environment (Deploy/structures.env).
    public static IEnumerable<(string Variable, string Value)> RuntimeVariables() =>
        ProductionExample.EnvironmentVariables().Where(v => ProductionExample.IsRuntimes(v.Name));

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
