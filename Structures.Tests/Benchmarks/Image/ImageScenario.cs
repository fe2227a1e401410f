using System.Globalization;
using System.Net;
using Structures.Tests.Dashboard.Deploy;
using Structures.Tests.Infrastructure;

namespace Structures.Tests.Benchmarks.Image;

// The several-instances recipe, built and run: the README's `dotnet publish -t:PublishContainer` makes the image
// tarball (against a stand-in base image, mcr.microsoft.com being out of reach here), the image's configuration is
// read back, two instances run from its unpacked layers with compose's settings on one PostgreSQL, the recipe's Caddy
// goes in front of them, and one instance is killed while requests go through the proxy.
internal static class ImageScenario
{
    private const int KillProbes = 60;
    private static readonly TimeSpan ProbeEvery = TimeSpan.FromMilliseconds(200);
    private static readonly TimeSpan ReadyLimit = TimeSpan.FromMinutes(2);

    public static async Task<BenchResult> RunAsync()
    {
        var folder = Directory.CreateTempSubdirectory("structures-bench-image-").FullName;
        try
        {
            return await RunAsync(folder);
        }
        finally
        {
            // The logs stay; the build, the image and its unpacked layers (some 400 MB) go.
            foreach (var bulk in new[] { "build", "registry", "archive", "rootfs" }.Select(f => Path.Combine(folder, f)).Where(Directory.Exists))
            {
                Directory.Delete(bulk, recursive: true);
            }

            File.Delete(Path.Combine(folder, "structures.tar.gz"));
        }
    }

    private static async Task<BenchResult> RunAsync(string folder)
    {
        var figures = new Dictionary<string, double>();
        var failures = new List<string>();
        var baseImage = await StandInBaseImage.BuildAsync(Path.Combine(folder, "registry"));
        await using var registry = await LocalRegistry.StartAsync(baseImage);
        var tarball = Path.Combine(folder, "structures.tar.gz");
        var (exitCode, took) = await ImagePublish.RunAsync($"{registry.Address}/{baseImage.Repository}:{baseImage.Tag}", registry.Address, tarball, folder);
        figures["publish_s"] = Math.Round(took.TotalSeconds, 1);
        if (exitCode != 0)
        {
            return Result(figures, [$"dotnet publish failed ({exitCode}); see {folder}/publish.log"], folder);
        }

        var image = await ImageArchive.OpenAsync(tarball, Path.Combine(folder, "archive"));
        figures["image_mb"] = Megabytes(new FileInfo(tarball).Length);
        figures["app_layers_mb"] = Megabytes(image.LayerFiles.Skip(1).Sum(l => new FileInfo(l).Length));
        var root = Path.Combine(folder, "rootfs");
        await image.UnpackAsync(root);
        failures.AddRange(ImageConfigCheck.Failures(image, root));

        var database = TestPostgres.CreateDatabase();
        try
        {
            await RunInstancesAsync(root, image, database, folder, figures, failures);
        }
        finally
        {
            TestPostgres.DropDatabase(database);
        }

        return Result(figures, failures, folder);
    }

    private static async Task RunInstancesAsync(string root, ImageArchive image, string database, string folder, Dictionary<string, double> figures, List<string> failures)
    {
        var host = ComposeRecipe.EnvFile()["STRUCTURES_HOST"];
        var ports = new Dictionary<string, int> { ["app1"] = FreePort.Next(), ["app2"] = FreePort.Next() };
        var metricsPorts = ports.ToDictionary(p => p.Key, _ => FreePort.Next());
        var instances = ports.Select(p => new ImageInstance(p.Key, root, image, ServiceSettings(p.Key, p.Value, metricsPorts[p.Key], database, folder), folder)).ToList();
        using var http = new HttpClient(new SocketsHttpHandler { UseCookies = false, AllowAutoRedirect = false }) { Timeout = TimeSpan.FromSeconds(5) };
        try
        {
            var started = TimeProvider.System.GetTimestamp();
            instances.ForEach(i => i.Start());
            foreach (var (instance, port) in instances.Zip(ports.Values))
            {
                if (await WaitAsync(() => ReadyAsync(http, new Uri($"http://127.0.0.1:{port}"), host), ReadyLimit) is null)
                {
                    failures.Add($"an instance from the image was not ready in {ReadyLimit.TotalMinutes} min: {instance.LastLogLines(15)}");
                    return;
                }
            }

            figures["instances_ready_s"] = Math.Round(TimeProvider.System.GetElapsedTime(started).TotalSeconds, 1);
            figures["instances_serving_metrics"] = await ServingMetricsAsync(http, metricsPorts);
            await using var proxy = new ComposeProxy(folder, ports);
            started = TimeProvider.System.GetTimestamp();
            proxy.Start();
            using var first = await WaitAsync(() => ReadyAsync(http, proxy.BaseUrl, host), TimeSpan.FromSeconds(30));
            figures["proxy_ready_s"] = first is null ? double.NaN : Math.Round(TimeProvider.System.GetElapsedTime(started).TotalSeconds, 1);
            if (first is null)
            {
                failures.Add($"the proxy answered no /health/ready with 200 in 30 s; see {folder}/caddy.log");
                return;
            }

            figures["sticky_cookie"] = first.Headers.TryGetValues("Set-Cookie", out var cookies) && cookies.Any(c => c.StartsWith("structures_instance=", StringComparison.Ordinal)) ? 1 : 0;
            await KillOneAsync(instances[0], http, proxy.BaseUrl, host, figures);
        }
        finally
        {
            foreach (var instance in instances)
            {
                await instance.DisposeAsync();
            }
        }
    }

    // Kills app1 and sends requests with no cookie (so the proxy picks an instance for each) while it notices.
    private static async Task KillOneAsync(ImageInstance victim, HttpClient http, Uri proxy, string host, Dictionary<string, double> figures)
    {
        await victim.KillAsync();
        var killed = TimeProvider.System.GetTimestamp();
        var failed = 0;
        var lastFailure = 0.0;
        for (var probe = 0; probe < KillProbes; probe++)
        {
            using var answer = await ReadyAsync(http, proxy, host);
            if (answer is null)
            {
                failed++;
                lastFailure = TimeProvider.System.GetElapsedTime(killed).TotalSeconds;
            }

            await Task.Delay(ProbeEvery);
        }

        figures["after_kill_requests"] = KillProbes;
        figures["after_kill_failed"] = failed;
        figures["after_kill_last_failure_s"] = Math.Round(lastFailure, 1);
    }

    // How many instances answer Prometheus's scrape on their metrics port, asked as Prometheus in the compose network
    // asks it (for app1:9464).
    private static async Task<int> ServingMetricsAsync(HttpClient http, Dictionary<string, int> metricsPorts)
    {
        var serving = 0;
        foreach (var (service, port) in metricsPorts)
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, new Uri($"http://127.0.0.1:{port}/metrics"));
            request.Headers.Host = $"{service}:9464";
            using var response = await http.SendAsync(request);
            serving += response.StatusCode == HttpStatusCode.OK && (await response.Content.ReadAsStringAsync()).Contains("structures_", StringComparison.Ordinal) ? 1 : 0;
        }

        return serving;
    }

    // The settings compose gives app1 and app2 (env_file, then environment), with what differs on one machine
    // without the compose network: this run's database, key folder and ports, and EVE out of reach.
    private static Dictionary<string, string> ServiceSettings(string service, int port, int metricsPort, string database, string folder)
    {
        var settings = new Dictionary<string, string>(ComposeRecipe.EnvFile());
        foreach (var (key, value) in ComposeRecipe.Environment(service))
        {
            settings[key] = value;
        }

        settings["ASPNETCORE_HTTP_PORTS"] = port.ToString(CultureInfo.InvariantCulture);
        settings["Telemetry__Prometheus__Port"] = metricsPort.ToString(CultureInfo.InvariantCulture);
        settings["Data__ConnectionString"] = database;
        settings["DataProtection__KeysPath"] = Path.Combine(folder, "keys");
        settings["Eve__SsoBaseUrl"] = "http://127.0.0.1:9";
        settings["Eve__EsiBaseUrl"] = "http://127.0.0.1:9";
        return settings;
    }

    // /health/ready as the uptime robot asks it, for the site's host name: the answer when it is 200, else none.
    private static async Task<HttpResponseMessage?> ReadyAsync(HttpClient http, Uri server, string host)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri(server, "/health/ready"));
        request.Headers.Host = host;
        try
        {
            var response = await http.SendAsync(request);
            if (response.StatusCode == HttpStatusCode.OK)
            {
                return response;
            }

            response.Dispose();
        }
        catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
        {
            // Not listening, or busy starting.
        }

        return null;
    }

    // The first 200 answer of the probe within the limit, or none.
    private static async Task<HttpResponseMessage?> WaitAsync(Func<Task<HttpResponseMessage?>> probe, TimeSpan limit)
    {
        HttpResponseMessage? answer = null;
        await BenchWait.UntilAsync(async () => (answer = await probe()) is not null, limit, ProbeEvery);
        return answer;
    }

    private static double Megabytes(long bytes) => Math.Round(bytes / (1024.0 * 1024), 1);

    private static BenchResult Result(Dictionary<string, double> figures, List<string> failures, string folder) => new(
        "image",
        "The container image: built by dotnet publish, two instances from it behind the recipe's Caddy",
        new Dictionary<string, object>
        {
            ["baseImage"] = "stand-in: this machine's .NET runtime where mcr.microsoft.com/dotnet/aspnet:10.0 has it",
            ["instances"] = 2,
            ["afterKillProbeEveryMs"] = ProbeEvery.TotalMilliseconds,
            ["logs"] = folder,
        },
        figures,
        "the image builds and is configured as the project says; both instances become ready on one PostgreSQL and serve their metrics; the proxy serves through its health check and, one instance killed, answers every request",
        failures.Count == 0 && figures.GetValueOrDefault("after_kill_failed", double.NaN) == 0 && figures.GetValueOrDefault("instances_serving_metrics") == 2,
        failures.Count == 0 ? null : string.Join("; ", failures));
}
