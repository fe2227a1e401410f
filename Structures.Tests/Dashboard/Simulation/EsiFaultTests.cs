using System.Net;
using System.Text.Json;
using Structures.Tests.Infrastructure;

namespace Structures.Tests.Dashboard.Simulation;

public sealed class EsiFaultTests() : AppTest(new Dictionary<string, string?> { ["Simulation:PageSize"] = "10" }, fakeClock: true)
{
    [Theory]
    [InlineData(500, "Internal server error")]
    [InlineData(502, "Bad gateway")]
    [InlineData(503, "The datasource tranquility is temporarily unavailable")]
    public async Task StatusFault_AnswersWithEsiErrorBody_ThenRecovers(int status, string message)
    {
        await InjectFaultAsync(new { target = "/sim/esi/status", kind = "Status", status, count = 1 });

        using var failed = await EsiGetAsync("/status");
        using var recovered = await EsiGetAsync("/status");

        ((int)failed.StatusCode).Should().Be(status);
        (await Json(failed)).GetProperty("error").GetString().Should().Be(message);
        recovered.StatusCode.Should().Be(HttpStatusCode.OK);
    }

    [Fact]
    public async Task TimeoutFault_DropsTheConnectionWithoutAnAnswer_ThenRecovers()
    {
        await InjectFaultAsync(new { target = "/sim/esi/status", kind = "Timeout", delayMilliseconds = 1, count = 1 });

        var dropped = async () => await EsiGetAsync("/status");

        await dropped.Should().ThrowAsync<HttpRequestException>();
        using var recovered = await EsiGetAsync("/status");
        recovered.StatusCode.Should().Be(HttpStatusCode.OK);
    }

    [Fact]
    public async Task ErrorLimitedFault_Gives420ToEveryLegacyRoute_UntilTheWindowResets()
    {
        await InjectFaultAsync(new { target = "/sim/esi/universe/types", kind = "ErrorLimited", count = 1 });

        using var limited = await EsiGetAsync("/universe/types/35832");
        using var other = await EsiGetAsync("/universe/systems/30000474");
        Clock.Advance(TimeSpan.FromSeconds(61));
        using var afterReset = await EsiGetAsync("/universe/systems/30000474");

        ((int)limited.StatusCode).Should().Be(420);
        limited.Headers.GetValues("X-ESI-Error-Limit-Remain").Single().Should().Be("0");
        ((int)other.StatusCode).Should().Be(420);
        afterReset.StatusCode.Should().Be(HttpStatusCode.OK);
        afterReset.Headers.GetValues("X-ESI-Error-Limit-Remain").Single().Should().Be("100");
    }

    [Fact]
    public async Task RateLimitedFault_Gives429WithRetryAfter()
    {
        var token = await SignInAsync(90000001);
        await InjectFaultAsync(new { target = "/sim/esi/characters/90000001/notifications", kind = "RateLimited", retryAfterSeconds = 7, count = 1 });

        using var limited = await EsiGetAsync("/characters/90000001/notifications", token);

        limited.StatusCode.Should().Be(HttpStatusCode.TooManyRequests);
        limited.Headers.RetryAfter!.Delta.Should().Be(TimeSpan.FromSeconds(7));
        limited.Headers.GetValues("X-Ratelimit-Group").Single().Should().Be("char-notification");
    }

    [Fact]
    public async Task SlowFault_HoldsTheResponse()
    {
        await InjectFaultAsync(new { target = "/sim/esi/status", kind = "Slow", delayMilliseconds = 3000, count = 1 });
        using var impatient = Factory.CreateHttpClient();
        impatient.Timeout = TimeSpan.FromMilliseconds(300);

        var call = () => impatient.GetAsync("/sim/esi/status");

        await call.Should().ThrowAsync<TaskCanceledException>();
    }

    [Fact]
    public async Task MalformedFault_SendsJsonThatDoesNotParse()
    {
        await InjectFaultAsync(new { target = "/sim/esi/universe/types/35832", kind = "MalformedJson", count = 1 });

        using var response = await EsiGetAsync("/universe/types/35832");
        var body = await response.Content.ReadAsStringAsync();

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        var parse = () => JsonDocument.Parse(body);
        parse.Should().Throw<JsonException>();
    }

    [Fact]
    public async Task PageFault_FailsOnlyThatPage()
    {
        var token = await SignInAsync(90000001);
        await InjectFaultAsync(new { target = "/sim/esi/corporations/98000001/assets", kind = "Status", status = 500, page = 2 });

        using var first = await EsiGetAsync("/corporations/98000001/assets?page=1", token);
        using var second = await EsiGetAsync("/corporations/98000001/assets?page=2", token);

        first.StatusCode.Should().Be(HttpStatusCode.OK);
        int.Parse(first.Headers.GetValues("X-Pages").Single(), System.Globalization.CultureInfo.InvariantCulture).Should().BeGreaterThan(2);
        (await Json(first)).GetArrayLength().Should().Be(10);
        second.StatusCode.Should().Be(HttpStatusCode.InternalServerError);
    }

    [Fact]
    public async Task ClearingFaults_RestoresNormalAnswers()
    {
        await InjectFaultAsync(new { target = "*", kind = "Status", status = 503 });
        using var down = await EsiGetAsync("/status");

        await Http.DeleteAsync("/sim/control/faults");
        using var up = await EsiGetAsync("/status");

        down.StatusCode.Should().Be(HttpStatusCode.ServiceUnavailable);
        up.StatusCode.Should().Be(HttpStatusCode.OK);
    }

    private static async Task<JsonElement> Json(HttpResponseMessage response) =>
        JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
}
