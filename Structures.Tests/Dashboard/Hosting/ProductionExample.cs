using Microsoft.Extensions.Logging.Testing;
using Structures.Tests.Infrastructure;

namespace Structures.Tests.Dashboard.Hosting;

// The README's production example, started as the service would start it: the settings of Structures.Dashboard/Deploy/structures.env
// (environment variables, `__` for `:`), with the data and keys in a temporary folder, the port chosen by the test,
// and EVE's SSO and ESI pointed at a closed local port, so that nothing can reach EVE.
internal static class ProductionExample
{
    public const string Host = "structures.example.org";

    public static string EnvironmentFilePath => Path.Combine(BrowserFixture.RepositoryRoot(), "Structures.Dashboard", "Deploy", "structures.env");

    public static IReadOnlyList<(string Name, string Value)> EnvironmentVariables() =>
        [.. File.ReadAllLines(EnvironmentFilePath)
            .Where(line => line.Contains('=', StringComparison.Ordinal) && !line.TrimStart().StartsWith('#'))
            .Select(line => (line[..line.IndexOf('=', StringComparison.Ordinal)], line[(line.IndexOf('=', StringComparison.Ordinal) + 1)..]))];

    // A variable the runtime reads as the process starts, not a setting of the app.
    public static bool IsRuntimes(string name) => name.StartsWith("DOTNET_", StringComparison.Ordinal);

    public static Dictionary<string, string?> Settings(string folder, IReadOnlyDictionary<string, string?>? changes = null)
    {
        var settings = new Dictionary<string, string?>(StringComparer.OrdinalIgnoreCase);
        foreach (var (name, value) in EnvironmentVariables().Where(v => v.Name != "ASPNETCORE_URLS" && !IsRuntimes(v.Name)))
        {
            var key = name.StartsWith("ASPNETCORE_", StringComparison.Ordinal) ? name["ASPNETCORE_".Length..] : name;
            settings[key.Replace("__", ":", StringComparison.Ordinal)] = value;
        }

        settings["Simulation:Enabled"] = "false";
        settings["Data:ConnectionString"] = $"Data Source={Path.Combine(folder, "data", "structures.db")}";
        settings["DataProtection:KeysPath"] = Path.Combine(folder, "keys");
        settings["Eve:SsoBaseUrl"] = "http://127.0.0.1:9";
        settings["Eve:EsiBaseUrl"] = "http://127.0.0.1:9";
        foreach (var (key, value) in changes ?? new Dictionary<string, string?>())
        {
            settings[key] = value;
        }

        return settings;
    }

    public static DashboardFactory Start(string folder, IReadOnlyDictionary<string, string?>? changes = null,
        Action<Microsoft.Extensions.DependencyInjection.IServiceCollection>? services = null, FakeLogCollector? logs = null) =>
        new(Settings(folder, changes), folder: folder, services: services, logs: logs);

    // A request as the reverse proxy forwards it: for the site's host name, over HTTPS.
    public static HttpRequestMessage ThroughProxy(string path, bool https = true)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.Host = Host;
        if (https)
        {
            request.Headers.Add("X-Forwarded-Proto", "https");
        }

        return request;
    }
}
