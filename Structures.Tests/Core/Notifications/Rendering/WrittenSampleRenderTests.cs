using System.Globalization;
using System.Text.Json;
using Structures.Core.Notifications.Rendering;

namespace Structures.Tests.Core.Notifications.Rendering;

// Golden renders of the samples written for the types the real samples lack (TestData/notifications), in English,
// German and French: title and description exactly as a webhook receives them.
public sealed class WrittenSampleRenderTests
{
    public static TheoryData<long, string> SamplesAndLanguages()
    {
        var data = new TheoryData<long, string>();
        foreach (var sample in RenderingSamples.Written())
        {
            data.Add(sample.GetProperty("notification_id").GetInt64(), "en");
            data.Add(sample.GetProperty("notification_id").GetInt64(), "de");
            data.Add(sample.GetProperty("notification_id").GetInt64(), "fr");
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(SamplesAndLanguages))]
    public void WrittenSample_RendersItsGoldenWords(long notificationId, string language)
    {
        var expected = Golden().GetProperty(notificationId.ToString(CultureInfo.InvariantCulture)).GetProperty(language);

        var words = NotificationRenderer.Words(RenderingSamples.Context(notificationId), CultureInfo.GetCultureInfo(language));

        words.Title.Should().Be(expected.GetProperty("title").GetString());
        words.Description.Should().Be(expected.GetProperty("description").GetString());
    }

    [Fact]
    public void WrittenSamples_HaveOneGoldenEach()
    {
        var ids = RenderingSamples.Written().Select(s => s.GetProperty("notification_id").GetInt64().ToString(CultureInfo.InvariantCulture));

        Golden().EnumerateObject().Select(p => p.Name).Should().BeEquivalentTo(ids);
    }

    private static JsonElement Golden()
    {
        using var stream = File.OpenRead(Path.Combine(AppContext.BaseDirectory, "TestData", "notifications", "golden.json"));
        using var document = JsonDocument.Parse(stream);
        return document.RootElement.Clone();
    }
}
