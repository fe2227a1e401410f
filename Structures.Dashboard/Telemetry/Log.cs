namespace Structures.Dashboard.Telemetry;

internal static partial class Log
{
    [LoggerMessage(LogLevel.Information, "Metrics are served for Prometheus on port {Port} at /metrics")]
    public static partial void MetricsPortListening(this ILogger logger, int port);
}
