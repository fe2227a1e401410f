using System.ComponentModel.DataAnnotations;
using Microsoft.Extensions.Options;

namespace Structures.Core.Telemetry;

// Where the app's metrics and traces go besides the admins' scrape page (README, "Telemetry").
public sealed class TelemetryOptions
{
    public const string SectionName = "Telemetry";

    [ValidateObjectMembers]
    public OtlpOptions Otlp { get; set; } = new();

    [ValidateObjectMembers]
    public PrometheusOptions Prometheus { get; set; } = new();
}

public sealed class OtlpOptions
{
    // An OpenTelemetry collector (http://collector:4317); empty exports nothing through OTLP.
    [RegularExpression("^(https?://[^\\s]+)?$", ErrorMessage = "Telemetry:Otlp:Endpoint must be empty or an http:// or https:// address.")]
    public string Endpoint { get; set; } = "";

    public bool IsOn => Endpoint.Length > 0;

    // "Grpc" (a collector's port 4317) or "HttpProtobuf" (port 4318; traces and metrics go to /v1/traces and
    // /v1/metrics below the endpoint).
    [AllowedValues("Grpc", "HttpProtobuf")]
    public string Protocol { get; set; } = "Grpc";
}

public sealed class PrometheusOptions
{
    // A port of its own for the scrape endpoint (/metrics, anyone who reaches the port may read it); empty serves it
    // on the app's own address to signed-in admins only.
    [Range(1, 65535)]
    public int? Port { get; set; }
}

[OptionsValidator]
internal sealed partial class TelemetryOptionsValidator : IValidateOptions<TelemetryOptions>;
