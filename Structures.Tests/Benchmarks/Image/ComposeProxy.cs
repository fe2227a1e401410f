using System.Diagnostics;
using System.Text.Json.Nodes;
using Structures.Tests.Dashboard.Deploy;
using Structures.Tests.Infrastructure;

namespace Structures.Tests.Benchmarks.Image;

// The recipe's Caddy, run from its own reading of the shipped Caddyfile, with only what a machine without the compose
// network must change: plain HTTP on a loopback port instead of HTTPS with a certificate from the internet, no admin
// endpoint, and each instance's address where compose's DNS would give app1:8080 and app2:8080.
internal sealed class ComposeProxy(string folder, IReadOnlyDictionary<string, int> instancePorts) : IAsyncDisposable
{
    private readonly int _port = FreePort.Next();
    private Process? _process;

    public Uri BaseUrl => new($"http://127.0.0.1:{_port}");

    public void Start()
    {
        var config = JsonNode.Parse(ComposeRecipe.CaddyConfig().GetRawText())!;
        var server = config["apps"]!["http"]!["servers"]!.AsObject().Single().Value!;
        server["listen"] = new JsonArray($"127.0.0.1:{_port}");
        server["automatic_https"] = new JsonObject { ["disable"] = true };
        config["admin"] = new JsonObject { ["disabled"] = true };
        config.AsObject().Remove("storage");
        var text = config.ToJsonString();
        foreach (var (service, port) in instancePorts)
        {
            text = text.Replace($"\"{service}:8080\"", $"\"127.0.0.1:{port}\"", StringComparison.Ordinal);
        }

        var path = Path.Combine(folder, "caddy.json");
        File.WriteAllText(path, text);
        var info = new ProcessStartInfo("caddy", ["run", "--config", path]) { RedirectStandardOutput = true, RedirectStandardError = true };
        info.Environment["XDG_DATA_HOME"] = Path.Combine(folder, "caddy-data");
        info.Environment["XDG_CONFIG_HOME"] = Path.Combine(folder, "caddy-config");
        _process = Process.Start(info) ?? throw new InvalidOperationException("Could not start Caddy.");
        OutputLog.Follow(_process, Path.Combine(folder, "caddy.log"));
    }

    public async ValueTask DisposeAsync()
    {
        if (_process is { HasExited: false } process)
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
        }

        _process?.Dispose();
    }
}
