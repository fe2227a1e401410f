using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Structures.Tests.Infrastructure;

namespace Structures.Tests.Dashboard.Simulation;

public sealed class EsiLimitsTests() : AppTest(new Dictionary<string, string?>
{
    ["Simulation:ErrorLimit"] = "3",
    ["Simulation:RateLimits:char-notification"] = "4",
}, fakeClock: true)
{
    [Fact]
    public async Task ErrorLimit_RunsDownWithErrors_Then420_UntilReset()
    {
        using var first = await EsiGetAsync("/universe/types/1");
        using var second = await EsiGetAsync("/universe/types/2");
        using var third = await EsiGetAsync("/universe/types/3");
        using var blocked = await EsiGetAsync("/universe/types/35832");
        Clock.Advance(TimeSpan.FromSeconds(60));
        using var reset = await EsiGetAsync("/universe/types/35832");

        first.StatusCode.Should().Be(HttpStatusCode.NotFound);
        first.Headers.GetValues("X-ESI-Error-Limit-Remain").Single().Should().Be("2", "the header counts the error it comes with");
        third.Headers.GetValues("X-ESI-Error-Limit-Remain").Single().Should().Be("0");
        ((int)blocked.StatusCode).Should().Be(420);
        blocked.Headers.GetValues("X-ESI-Error-Limit-Reset").Single().Should().Be("60");
        reset.StatusCode.Should().Be(HttpStatusCode.OK);
    }

    [Fact]
    public async Task RateLimitBucket_SpendsTwoPer200_Then429WithRetryAfter_UntilTheWindowMoves()
    {
        var token = await SignInAsync(90000001);

        using var first = await EsiGetAsync("/characters/90000001/notifications", token);
        using var second = await EsiGetAsync("/characters/90000001/notifications", token);
        using var limited = await EsiGetAsync("/characters/90000001/notifications", token);
        Clock.Advance(TimeSpan.FromMinutes(15));
        using var later = await EsiGetAsync("/characters/90000001/notifications", token);

        first.Headers.GetValues("X-Ratelimit-Limit").Single().Should().Be("4/15m");
        first.Headers.GetValues("X-Ratelimit-Remaining").Single().Should().Be("4");
        second.Headers.GetValues("X-Ratelimit-Used").Single().Should().Be("2");
        limited.StatusCode.Should().Be(HttpStatusCode.TooManyRequests);
        limited.Headers.RetryAfter!.Delta!.Value.TotalSeconds.Should().BeInRange(1, 900);
        later.StatusCode.Should().Be(HttpStatusCode.OK);
    }

    [Fact]
    public async Task Cache_ServesTheSameSnapshotUntilExpires_ThenTheNewWorld()
    {
        var token = await SignInAsync(90000001);
        var structureId = await FirstUpwellAsync();
        var askedAt = Clock.GetUtcNow();
        using var before = await EsiGetAsync("/corporations/98000001/structures", token);

        await Http.PostAsJsonAsync($"/sim/control/structures/{structureId}/fuel", new { hours = 1 });
        using var cached = await EsiGetAsync("/corporations/98000001/structures", token);
        Clock.Advance(TimeSpan.FromHours(1));
        using var fresh = await EsiGetAsync("/corporations/98000001/structures", await SignInAsync(90000001));

        var expires = before.Content.Headers.Expires!.Value;
        (expires - askedAt).Should().BeCloseTo(TimeSpan.FromHours(1), TimeSpan.FromSeconds(2));
        (await cached.Content.ReadAsStringAsync()).Should().Be(await before.Content.ReadAsStringAsync());
        cached.Headers.ETag.Should().Be(before.Headers.ETag);
        var structure = (await fresh.Content.ReadFromJsonAsync<JsonElement>()).EnumerateArray().Single(s => s.GetProperty("structure_id").GetInt64() == structureId);
        structure.TryGetProperty("fuel_expires", out _).Should().BeFalse("the structure ran out of fuel and went to low power");
        structure.GetProperty("services")[0].GetProperty("state").GetString().Should().Be("offline");
    }

    [Fact]
    public async Task IfNoneMatch_WithCurrentEtag_Gives304()
    {
        using var first = await EsiGetAsync("/universe/systems/30002537");

        using var second = await EsiGetAsync("/universe/systems/30002537", ifNoneMatch: first.Headers.ETag!.Tag);

        second.StatusCode.Should().Be(HttpStatusCode.NotModified);
        second.Content.Headers.Expires.Should().Be(first.Content.Headers.Expires);
    }

    [Fact]
    public async Task StaticData_ExpiresAtTheNextDailyRefresh()
    {
        using var response = await EsiGetAsync("/universe/types/35832");

        var expires = response.Content.Headers.Expires!.Value.UtcDateTime;
        expires.TimeOfDay.Should().Be(new TimeSpan(11, 5, 0));
        (expires - Clock.GetUtcNow().UtcDateTime).Should().BeLessThanOrEqualTo(TimeSpan.FromDays(1));
    }

    private async Task<long> FirstUpwellAsync()
    {
        var world = await Http.GetFromJsonAsync<JsonElement>("/sim/control/world");
        return world.GetProperty("structures").EnumerateArray()
            .First(s => s.GetProperty("kind").GetString() == "Upwell" && s.GetProperty("corporationId").GetInt64() == 98000001)
            .GetProperty("id").GetInt64();
    }
}
