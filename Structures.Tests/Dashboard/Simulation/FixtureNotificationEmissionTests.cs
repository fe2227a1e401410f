using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.Extensions.Time.Testing;
using Structures.Tests.Infrastructure;

namespace Structures.Tests.Dashboard.Simulation;

// Every notification type of the fixture file emitted through the control API, one app for all of them: each case
// emits its own type and reads only that type back, so the cases do not see each other.
public sealed partial class FixtureNotificationEmissionTests(FixtureNotificationEmissionTests.SharedApp app) : IClassFixture<FixtureNotificationEmissionTests.SharedApp>
{
    private const long Reader = 90000007;

    public static TheoryData<string> FixtureTypes()
    {
        using var stream = File.OpenRead(Path.Combine(AppContext.BaseDirectory, "Simulation", "Data", "notifications.json"));
        using var document = JsonDocument.Parse(stream);
        return [.. document.RootElement.EnumerateArray().Select(n => n.GetProperty("type").GetString()!).Distinct()];
    }

    [Theory]
    [MemberData(nameof(FixtureTypes))]
    public async Task EmitNotification_EveryFixtureType_ReachesTheCorporationsCharacters_ReAddressedAndFresh(string type)
    {
        var http = app.Http;
        var target = app.StructureId("Upwell", 98000003);

        using var emitted = await http.PostAsJsonAsync("/sim/control/notifications", new { type, structureId = target });
        var token = (await new SimulatedSso(http).SignInAsync(Reader)).AccessToken;
        using var request = new HttpRequestMessage(HttpMethod.Get, $"/sim/esi/characters/{Reader}/notifications");
        request.Headers.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", token);
        using var read = await http.SendAsync(request);
        var notifications = await read.Content.ReadFromJsonAsync<JsonElement>();

        emitted.StatusCode.Should().Be(HttpStatusCode.OK);
        var notification = notifications.EnumerateArray().Single(n => n.GetProperty("type").GetString() == type);
        notification.GetProperty("timestamp").GetDateTime().Should().BeCloseTo(app.Clock.GetUtcNow().UtcDateTime, TimeSpan.FromSeconds(2));
        var text = notification.GetProperty("text").GetString()!;
        text.Should().NotMatchRegex(@"(?<!\d)(1001|2001|3001|1011|2011|3011)(?!\d)", "fixture entity IDs are re-addressed to the universe's");
        foreach (Match fileTime in FileTime().Matches(text))
        {
            var when = DateTime.FromFileTimeUtc(long.Parse(fileTime.Value, CultureInfo.InvariantCulture));
            when.Year.Should().BeGreaterThan(2025, $"{fileTime.Value} in {type} should be moved to now");
        }

        if (Regex.IsMatch(text, @"(?m)^structureID:"))
        {
            text.Should().Contain(target.ToString(CultureInfo.InvariantCulture));
        }
    }

    [GeneratedRegex(@"(?<![\d.])1[3-4]\d{16}(?![\d.])")]
    private static partial Regex FileTime();

    // The simulated ESI answers the reader's notifications fresh each time (no cache, no rate limit), so every case
    // reads the world as it left it, on a clock that stands still.
    public sealed class SharedApp() : SimulatorFixture(new DashboardFactory(
        new Dictionary<string, string?>
        {
            ["Simulation:CacheSeconds:character-notifications"] = "0",
            ["Simulation:RateLimits:char-notification"] = "1000000",
        },
        new FakeTimeProvider(TimeProvider.System.GetUtcNow())))
    {
        public FakeTimeProvider Clock => Factory.Clock!;
    }
}
