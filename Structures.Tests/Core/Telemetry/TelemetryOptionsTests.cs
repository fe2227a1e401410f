using Microsoft.Extensions.Options;
using Structures.Core.Telemetry;

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
    public void Validate_TheDefaults_AndACollectorAddress_Pass_AndGiveThoseSettings()
    {
        var collector = new Dictionary<string, string?> { ["Telemetry:Otlp:Endpoint"] = "http://collector:4317", ["Telemetry:Prometheus:Port"] = "9464" };

        var defaults = () => CoreComposition.ValidateAtStart(CoreComposition.Defaults);
        var withCollector = () => CoreComposition.ValidateAtStart(collector);

        defaults.Should().NotThrow();
        withCollector.Should().NotThrow();
        var off = CoreComposition.Options<TelemetryOptions>(CoreComposition.Defaults);
        off.Otlp.IsOn.Should().BeFalse("no collector is named by default");
        off.Prometheus.Port.Should().BeNull("the metrics are served on the app's own address by default");
        var on = CoreComposition.Options<TelemetryOptions>(collector);
        on.Otlp.IsOn.Should().BeTrue();
        on.Otlp.Protocol.Should().Be("Grpc");
        on.Prometheus.Port.Should().Be(9464);
    }
}
