using Microsoft.Extensions.Options;
using OpenTelemetry.Metrics;
using Structures.Core.Telemetry;

namespace Structures.Dashboard.Telemetry;

// The scrape endpoint on a port of its own (Telemetry:Prometheus:Port), for a Prometheus on the same private network:
// a second, bare server that answers /metrics and nothing else, from the app's own metrics.
internal sealed class MetricsPortServer(IOptions<TelemetryOptions> options, MeterProvider meters, ILogger<MetricsPortServer> logger) : IHostedService, IAsyncDisposable
{
    private WebApplication? _server;

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        var builder = WebApplication.CreateEmptyBuilder(new WebApplicationOptions());
        builder.WebHost.UseKestrelCore().UseUrls($"http://*:{options.Value.Prometheus.Port}");
        builder.Services.AddRouting();
        _server = builder.Build();
        _server.UseOpenTelemetryPrometheusScrapingEndpoint(meters, predicate: null, TelemetryHostingExtensions.ScrapePath, configureBranchedPipeline: null, optionsName: null);
        await _server.StartAsync(cancellationToken);
        logger.MetricsPortListening(options.Value.Prometheus.Port!.Value);
    }

    public async Task StopAsync(CancellationToken cancellationToken)
    {
        if (_server is not null)
        {
            await _server.StopAsync(cancellationToken);
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (_server is not null)
        {
            await _server.DisposeAsync();
        }
    }
}
