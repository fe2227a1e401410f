using Microsoft.Extensions.Options;

namespace Structures.Tests.Core.Telemetry;

public sealed class TelemetryOptionsTests
{
    [Theory]
    [InlineData("Telemetry:Otlp:Endpoint", "collector:4317", "Telemetry:Otlp:Endpoint")]
    [InlineData("Telemetry:Otlp:Protocol", "Udp", "Protocol")]
    [InlineData("Telemetry:Prometheus:Port", "70000", "Port")]
    public void Validate_AValueOutOfRange_StopsTheStart_NamingIt(string key, string value, string named)
    {
        var start = () => CoreComposition.ValidateAtStart(new Dictionary<string, string?> { [key] = value });

        start.Should().Throw<OptionsValidationException>().Which.Message.Should().Contain(named);
    }

    [Fact]
    public void Validate_TheDefaults_AndACollectorAddress_Pass()
    {
        CoreComposition.ValidateAtStart(CoreComposition.Defaults);
        CoreComposition.ValidateAtStart(new Dictionary<string, string?> { ["Telemetry:Otlp:Endpoint"] = "http://collector:4317", ["Telemetry:Prometheus:Port"] = "9464" });
    }
}
