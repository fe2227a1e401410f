using System.Reflection;
using System.Text.Json;
using Structures.Core;
using Structures.Core.Access;
using Structures.Core.Data;
using Structures.Core.Esi;
using Structures.Core.Notices;
using Structures.Core.Notifications;
using Structures.Core.Scheduling;
using Structures.Core.Status;
using Structures.Core.Structures;
using Structures.Core.Sso;
using Structures.Core.Timers;
using Structures.Dashboard.Simulation;

namespace Structures.Tests.Dashboard;

public sealed class SampleSettingsTests
{
    public static TheoryData<string, Type> Sections => new()
    {
        { DataOptions.SectionName, typeof(DataOptions) },
        { RetentionOptions.SectionName, typeof(RetentionOptions) },
        { EveOptions.SectionName, typeof(EveOptions) },
        { SimulationOptions.SectionName, typeof(SimulationOptions) },
        { EsiOptions.SectionName, typeof(EsiOptions) },
        { SyncOptions.SectionName, typeof(SyncOptions) },
        { BoardOptions.SectionName, typeof(BoardOptions) },
        { StatusOptions.SectionName, typeof(StatusOptions) },
        { NotificationOptions.SectionName, typeof(NotificationOptions) },
        { TimerOptions.SectionName, typeof(TimerOptions) },
        { AccessOptions.SectionName, typeof(AccessOptions) },
        { SchedulingOptions.SectionName, typeof(SchedulingOptions) },
        { NoticeOptions.SectionName, typeof(NoticeOptions) },
        { global::Structures.Core.Webhooks.WebhookOptions.SectionName, typeof(global::Structures.Core.Webhooks.WebhookOptions) },
        { global::Structures.Dashboard.Auth.SessionOptions.Section, typeof(global::Structures.Dashboard.Auth.SessionOptions) },
        { KeyRingOptions.SectionName, typeof(KeyRingOptions) },
        { global::Structures.Dashboard.Hosting.ProxyOptions.SectionName, typeof(global::Structures.Dashboard.Hosting.ProxyOptions) },
        { global::Structures.Dashboard.Hosting.RateLimitOptions.SectionName, typeof(global::Structures.Dashboard.Hosting.RateLimitOptions) },
        { global::Structures.Core.Telemetry.TelemetryOptions.SectionName, typeof(global::Structures.Core.Telemetry.TelemetryOptions) },
        { "Telemetry:Otlp", typeof(global::Structures.Core.Telemetry.OtlpOptions) },
        { "Telemetry:Prometheus", typeof(global::Structures.Core.Telemetry.PrometheusOptions) },
    };

    [Theory]
    [MemberData(nameof(Sections))]
    public void SampleSettings_ListEverySettableOption_WithItsDefault(string section, Type options)
    {
        using var sample = JsonDocument.Parse(File.ReadAllText(SamplePath()), new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip });
        var listed = section.Split(':').Aggregate(sample.RootElement, (parent, name) => parent.GetProperty(name));
        var defaults = Activator.CreateInstance(options)!;

        foreach (var property in options.GetProperties(BindingFlags.Public | BindingFlags.Instance).Where(p => p.CanWrite && p.Name != nameof(EveOptions.Demo)))
        {
            listed.TryGetProperty(property.Name, out var value).Should().BeTrue($"{section}:{property.Name} should be in appsettings.sample.json");
            if (value.ValueKind is JsonValueKind.String or JsonValueKind.Number or JsonValueKind.True or JsonValueKind.False)
            {
                Normalise(property.GetValue(defaults)).Should().Be(Normalise(value), $"{section}:{property.Name} shows its default");
            }
        }
    }

    [Fact]
    public void SampleSettings_NameEveryOldName_AndWhatItBecame()
    {
        var sample = File.ReadAllText(SamplePath());

        foreach (var setting in LegacySettingNames.Renamed)
        {
            sample.Should().Contain(setting.OldName, $"the sample says what {setting.OldKey} became");
        }

        foreach (var ignored in LegacySettingNames.Ignored)
        {
            sample.Should().Contain(ignored, $"the sample says {ignored} is accepted and ignored");
        }
    }

    private static string Normalise(object? value) => value switch
    {
        null => "",
        JsonElement { ValueKind: JsonValueKind.Number } number => number.GetDouble().ToString(System.Globalization.CultureInfo.InvariantCulture),
        JsonElement { ValueKind: JsonValueKind.String } text => text.GetString() ?? "",
        TimeSpan span => span.ToString("c", System.Globalization.CultureInfo.InvariantCulture),
        JsonElement other => other.ToString().ToUpperInvariant(),
        bool flag => flag.ToString().ToUpperInvariant(),
        IConvertible convertible => convertible.ToString(System.Globalization.CultureInfo.InvariantCulture),
        _ => value.ToString() ?? "",
    };

    private static string SamplePath()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "appsettings.sample.json")))
        {
            directory = directory.Parent;
        }

        return Path.Combine(directory?.FullName ?? throw new FileNotFoundException("appsettings.sample.json"), "appsettings.sample.json");
    }
}
