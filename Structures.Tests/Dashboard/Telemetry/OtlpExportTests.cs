using System.Collections.Concurrent;
using System.Net;
using OpenTelemetry.Metrics;
using OpenTelemetry.Trace;
using Structures.Tests.Infrastructure;

namespace Structures.Tests.Dashboard.Telemetry;

// A stand-in OpenTelemetry collector on a loopback port takes what the app exports over OTLP/HTTP.
public sealed class OtlpExportTests : IAsyncLifetime
{
    private readonly HttpListener _collector = new();
    private readonly ConcurrentQueue<(string Path, string? ContentType)> _received = new();
    private readonly int _port = FreePort.Next();
    private Task? _serving;

    public Task InitializeAsync()
    {
        _collector.Prefixes.Add($"http://127.0.0.1:{_port}/");
        _collector.Start();
        _serving = ServeAsync();
        return Task.CompletedTask;
    }

    [Fact]
    public async Task OtlpEndpoint_OverHttp_ReceivesTheAppsTracesAndMetrics_AtTheirSignalPaths()
    {
        await using var factory = new DashboardFactory(new Dictionary<string, string?>
        {
            ["Telemetry:Otlp:Endpoint"] = $"http://127.0.0.1:{_port}",
            ["Telemetry:Otlp:Protocol"] = "HttpProtobuf",
        });
        using var http = factory.CreateHttpClient();
        (await http.GetAsync("/health/live")).EnsureSuccessStatusCode();

        factory.Get<TracerProvider>().ForceFlush(30_000).Should().BeTrue();
        // The Prometheus reader answers scrapes only and reports a flush as failed; the OTLP reader's export is below.
        factory.Get<MeterProvider>().ForceFlush(5_000);

        _received.Select(r => r.Path).Should().Contain("/v1/traces").And.Contain("/v1/metrics");
        _received.Select(r => r.ContentType).Should().AllBe("application/x-protobuf");
    }

    private async Task ServeAsync()
    {
        while (_collector.IsListening)
        {
            HttpListenerContext context;
            try
            {
                context = await _collector.GetContextAsync();
            }
            catch (Exception ex) when (ex is HttpListenerException or ObjectDisposedException)
            {
                return;
            }

            try
            {
                _received.Enqueue((context.Request.Url!.AbsolutePath, context.Request.ContentType));
                context.Response.StatusCode = 200;
                context.Response.Close();
            }
            catch (Exception ex) when (ex is HttpListenerException or ObjectDisposedException)
            {
                // An export that came as the collector closed (the app's last flush at its stop): nobody waits for it.
                return;
            }
        }
    }

    public async Task DisposeAsync()
    {
        _collector.Stop();
        _collector.Close();
        if (_serving is not null)
        {
            await _serving;
        }
    }
}
