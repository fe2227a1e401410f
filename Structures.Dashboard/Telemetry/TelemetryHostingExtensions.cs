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
                if (otlp.Endpoint is not null)
                {
                    metrics.AddOtlpExporter(exporter => Point(exporter, otlp));
                }
            });
        if (otlp.Endpoint is not null)
        {
            telemetry.WithTracing(tracing => tracing.AddSource(StructuresTelemetry.Name)
                .AddAspNetCoreInstrumentation()
                .AddHttpClientInstrumentation()
                .AddOtlpExporter(exporter => Point(exporter, otlp)));
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
        if (Read(app.Configuration).Prometheus.Port is null)
        {
            app.MapPrometheusScrapingEndpoint(ScrapePath).RequireAuthorization(nameof(Permission.ManageSettings));
        }

        return app;
    }

    // Read while the services are composed; the same values are validated when the app starts.
    private static TelemetryOptions Read(IConfiguration configuration) =>
        configuration.GetSection(TelemetryOptions.SectionName).Get<TelemetryOptions>() ?? new TelemetryOptions();

    private static void Point(OtlpExporterOptions exporter, OtlpOptions otlp)
    {
        exporter.Endpoint = otlp.Endpoint!;
        exporter.Protocol = otlp.Protocol == "HttpProtobuf" ? OtlpExportProtocol.HttpProtobuf : OtlpExportProtocol.Grpc;
    }
}
