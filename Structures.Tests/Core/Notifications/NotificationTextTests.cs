using System.Text.Json;
using Structures.Core.Notifications;

namespace Structures.Tests.Core.Notifications;

public sealed class NotificationTextTests
{
    public static TheoryData<long, string> Samples()
    {
        using var stream = File.OpenRead(Path.Combine(AppContext.BaseDirectory, "Simulation", "Data", "notifications.json"));
        using var document = JsonDocument.Parse(stream);
        var data = new TheoryData<long, string>();
        foreach (var sample in document.RootElement.EnumerateArray())
        {
            data.Add(sample.GetProperty("notification_id").GetInt64(), sample.GetProperty("type").GetString()!);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Samples))]
    public void EverySample_Parses_AndItsTypeIsKnownUnlessMadeUp(long notificationId, string type)
    {
        var text = SampleText(notificationId);

        var (parsed, error) = NotificationText.Parse(text);

        error.Should().BeNull();
        parsed!.Keys.Should().HaveCount(text.Split('\n').Count(line => line.Length > 0 && char.IsLetter(line[0])));
        NotificationTypes.IsKnown(type).Should().Be(type is not "UnknownNotificationType", type);
    }

    [Fact]
    public void Anchors_FileTimes_Ticks_AndKeySpellings_AreRead()
    {
        var (text, _) = NotificationText.Parse("""
            solarsystemID: 30002537
            structureID: &id001 1000000000001
            structureShowInfoData:
            - showinfo
            - 35832
            - *id001
            structureTypeID: 35832
            timeLeft: 1727805401093
            timestamp: 132148470780000000
            vulnerableTime: 9000000000
            """);

        text!.GetLong("solarSystemID").Should().Be(30002537, "key spellings differ only in case between types");
        text.Longs("structureShowInfoData").Should().Equal(35832, 1000000000001);
        text.GetFileTime("timestamp").Should().Be(new DateTime(2019, 10, 6, 14, 51, 18, DateTimeKind.Utc));
        text.GetDuration("vulnerableTime").Should().Be(TimeSpan.FromMinutes(15));
        text.GetDuration("timeLeft")!.Value.TotalHours.Should().BeApproximately(47.99, 0.01);
    }

    [Fact]
    public void NullsMapsAndRows_AreRead()
    {
        var (text, _) = NotificationText.Parse("""
            aggressorAllianceID: null
            aggressorCorpID: 1000134
            listOfTypesAndQty:
            - - 307
              - 4051
            oreVolumeByType:
              46300: 1288475.124715103
            shieldLevel: 0.9821850015653375
            """);

        text!.Has("aggressorAllianceID").Should().BeFalse();
        text.GetLong("aggressorAllianceID").Should().BeNull();
        text.Rows("listOfTypesAndQty").Should().ContainSingle().Which.Should().Equal("307", "4051");
        text.Map("oreVolumeByType").Should().ContainKey("46300");
        text.GetDouble("shieldLevel").Should().BeApproximately(0.982, 0.001);
    }

    [Theory]
    [InlineData("structureID: [1, 2")]
    [InlineData("- just\n- a list")]
    [InlineData("key: &a 1\nother: *b")]
    public void Malformed_GivesAnError_NeverThrows(string yaml)
    {
        var (text, error) = NotificationText.Parse(yaml);

        text.Should().BeNull();
        error.Should().StartWith("The notification text is not");
    }

    [Fact]
    public void NestedThousandsDeep_IsRefused_WithoutLoadingIt()
    {
        var (text, error) = NotificationText.Parse(string.Concat(Enumerable.Repeat("a: {", 1000)) + new string('}', 1000));

        text.Should().BeNull();
        error.Should().Be("The notification text nests deeper than 32 levels.");
    }

    [Theory]
    [InlineData("timestamp: 3000000000000000000", null)]
    [InlineData("timestamp: 2650467743999999999", "9999-12-31")]
    [InlineData("timestamp: 0", null)]
    [InlineData("timestamp: -1", null)]
    [InlineData("timeLeft: -1", null)]
    public void TimesNoCalendarHolds_ReadAsUnknown(string yaml, string? date)
    {
        var text = NotificationText.Parse(yaml).Text!;

        text.GetFileTime("timestamp")?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture).Should().Be(date);
        text.GetDuration("timeLeft").Should().BeNull();
    }

    [Theory]
    [InlineData(".nan")]
    [InlineData("NaN")]
    [InlineData(".inf")]
    [InlineData("-Infinity")]
    [InlineData("1e999")]
    public void DoublesThatAreNoFiniteNumber_ReadAsUnknown(string value)
    {
        NotificationText.Parse($"shieldLevel: {value}").Text!.GetDouble("shieldLevel").Should().BeNull();
    }

    private static string SampleText(long notificationId)
    {
        using var stream = File.OpenRead(Path.Combine(AppContext.BaseDirectory, "Simulation", "Data", "notifications.json"));
        using var document = JsonDocument.Parse(stream);
        return document.RootElement.EnumerateArray().Single(s => s.GetProperty("notification_id").GetInt64() == notificationId).GetProperty("text").GetString()!;
    }
}
