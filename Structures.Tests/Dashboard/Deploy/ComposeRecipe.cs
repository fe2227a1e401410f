using System.Diagnostics;
using System.Text.Json;
using YamlDotNet.RepresentationModel;
using Structures.Tests.Infrastructure;

namespace Structures.Tests.Dashboard.Deploy;

// The several-instances recipe as it is shipped: Structures.Dashboard/Deploy/compose, read as files, and what the
// tools that consume them make of them.
internal static class ComposeRecipe
{
    public static string Folder => Path.Combine(BrowserFixture.RepositoryRoot(), "Structures.Dashboard", "Deploy", "compose");

    public static YamlMappingNode Services()
    {
        using var reader = new StreamReader(Path.Combine(Folder, "compose.yaml"));
        var stream = new YamlStream();
        stream.Load(reader);
        return (YamlMappingNode)((YamlMappingNode)stream.Documents[0].RootNode)["services"];
    }

    public static YamlMappingNode Service(string name) => (YamlMappingNode)Services()[name];

    public static Dictionary<string, string> Environment(string service) =>
        ((YamlMappingNode)Service(service)["environment"]).Children.ToDictionary(e => e.Key.ToString(), e => e.Value.ToString());

    // The env_file both instances read, as KEY=value lines.
    public static Dictionary<string, string> EnvFile() =>
        File.ReadAllLines(Path.Combine(Folder, "structures.env")).Where(l => l.Contains('=', StringComparison.Ordinal))
            .ToDictionary(l => l[..l.IndexOf('=', StringComparison.Ordinal)], l => l[(l.IndexOf('=', StringComparison.Ordinal) + 1)..]);

    // Caddy's own reading of the Caddyfile (its JSON config), as `caddy adapt --validate` gives it.
    public static JsonElement CaddyConfig()
    {
        var start = new ProcessStartInfo("caddy", ["adapt", "--config", Path.Combine(Folder, "Caddyfile"), "--validate"])
        {
            RedirectStandardOutput = true, RedirectStandardError = true,
        };
        start.Environment["STRUCTURES_HOST"] = EnvFile()["STRUCTURES_HOST"];
        // Caddy writes its JSON on the first line and its log after it.
        return JsonDocument.Parse(Run(start).Split('\n')[0]).RootElement.Clone();
    }

    // The SDK's container settings of the dashboard, computed and checked by its own target (no image is built).
    public static JsonElement ContainerSettings()
    {
        var project = Path.Combine(BrowserFixture.RepositoryRoot(), "Structures.Dashboard", "Structures.Dashboard.csproj");
        var start = new ProcessStartInfo("dotnet",
            ["msbuild", project, "-nologo", "-t:ComputeContainerConfig", "-p:Configuration=Release", "-getProperty:ContainerRepository", "-getProperty:ContainerImageTag", "-getProperty:ContainerWorkingDirectory", "-getItem:ContainerPort", "-getItem:ContainerEnvironmentVariable", "-getItem:ContainerAppCommand"])
        {
            RedirectStandardOutput = true, RedirectStandardError = true,
        };
        return JsonDocument.Parse(Run(start)).RootElement.Clone();
    }

    private static string Run(ProcessStartInfo start)
    {
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEnd();
        process.WaitForExit();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"{start.FileName} {string.Join(' ', start.ArgumentList)} failed ({process.ExitCode}): {errors}{output.GetAwaiter().GetResult()}");
        }

        return output.GetAwaiter().GetResult();
    }
}
