using OpenTelemetry.Exporter;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;
using Structures.Core.Access;
using Structures.Core.Telemetry;

namespace Structures.Dashboard.Telemetry;

// OpenTelemetry for the app's Meter and ActivitySource (Core/Telemetry) and ASP.NET Core's and HttpClient's own:
// metrics always, for the Prometheus scrape endpoint; metrics and traces through OTLP when a collector is named.
internal static class TelemetryHostingExtensions
{
    public const string ScrapePath = "/metrics";

    public static IServiceCollection AddDashboardTelemetry(this IServiceCollection services, IConfiguration configuration)
    {
        var options = Read(configuration);
        var otlp = options.Otlp;
        var telemetry = services.AddOpenTelemetry()
            .ConfigureResource(resource => resource.AddService("structures"))
            .WithMetrics(metrics =>
            {
                metrics.AddMeter(StructuresTelemetry.Name, "System.Runtime")
                    .AddAspNetCoreInstrumentation()
                    .AddHttpClientInstrumentation()
                    .AddPrometheusExporter();
                if (otlp.IsOn)
                {
                    metrics.AddOtlpExporter(exporter => Point(exporter, otlp, "v1/metrics"));
                }
            });
        if (otlp.IsOn)
        {
            telemetry.WithTracing(tracing => tracing.AddSource(StructuresTelemetry.Name)
                .AddAspNetCoreInstrumentation()
                .AddHttpClientInstrumentation()
                .AddOtlpExporter(exporter => Point(exporter, otlp, "v1/traces")));
        }

        if (options.Prometheus.Port is not null)
        {
            services.AddHostedService<MetricsPortServer>();
        }

        return services;
    }

    // Admins read the metrics on the app's address, unless they have a port of their own (then only there).
    public static WebApplication MapTelemetry(this WebApplication app)
    {
        // Made once the app has started (after its settings are checked), so that its gauges are there from the first
        // scrape, before any feature has reported.
        app.Lifetime.ApplicationStarted.Register(() => app.Services.GetRequiredService<StructuresTelemetry>());
        if (Read(app.Configuration).Prometheus.Port is null)
        {
            app.MapPrometheusScrapingEndpoint(ScrapePath).WithMetadata(new HttpMethodMetadata(["GET"])).RequireAuthorization(nameof(Permission.ManageSettings));
        }

        return app;
    }

    // Read while the services are composed; the same values are validated when the app starts.
    private static TelemetryOptions Read(IConfiguration configuration) =>
        configuration.GetSection(TelemetryOptions.SectionName).Get<TelemetryOptions>() ?? new TelemetryOptions();

    // gRPC takes the collector's address as it is; over HTTP each signal has its own path below it.
    private static void Point(OtlpExporterOptions exporter, OtlpOptions otlp, string signalPath)
    {
        var http = otlp.Protocol == "HttpProtobuf";
        exporter.Protocol = http ? OtlpExportProtocol.HttpProtobuf : OtlpExportProtocol.Grpc;
        exporter.Endpoint = http ? new Uri(new Uri(otlp.Endpoint.TrimEnd('/') + "/"), signalPath) : new Uri(otlp.Endpoint);
    }
}
