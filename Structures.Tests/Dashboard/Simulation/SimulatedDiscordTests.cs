using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Structures.Tests.Infrastructure;

namespace Structures.Tests.Dashboard.Simulation;

public sealed class SimulatedDiscordTests() : AppTest(fakeClock: true)
{
    private const string Webhook = "/sim/discord/api/webhooks/111/token-a";

    [Fact]
    public async Task Execute_KeepsTheMessage_AndAnswersLikeDiscord()
    {
        using var noWait = await Http.PostAsJsonAsync(Webhook, new { content = "hello" });
        using var wait = await Http.PostAsJsonAsync($"{Webhook}?wait=true", new { embeds = new[] { new { title = "Structure under attack", color = 15158332 } } });
        var messages = await Http.GetFromJsonAsync<JsonElement>("/sim/control/discord/messages?webhookId=111");

        noWait.StatusCode.Should().Be(HttpStatusCode.NoContent);
        wait.StatusCode.Should().Be(HttpStatusCode.OK);
        (await wait.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("webhook_id").GetString().Should().Be("111");
        noWait.Headers.GetValues("X-RateLimit-Limit").Single().Should().Be("5");
        messages.GetArrayLength().Should().Be(2);
        messages[1].GetProperty("payload").GetProperty("embeds")[0].GetProperty("title").GetString().Should().Be("Structure under attack");
    }

    [Fact]
    public async Task SixthRequestInTheWindow_Gets429WithRetryAfter_ThenTheBucketResets()
    {
        for (var i = 0; i < 5; i++)
        {
            using var ok = await Http.PostAsJsonAsync(Webhook, new { content = $"message {i}" });
            ok.StatusCode.Should().Be(HttpStatusCode.NoContent);
        }

        using var limited = await Http.PostAsJsonAsync(Webhook, new { content = "one too many" });
        Clock.Advance(TimeSpan.FromSeconds(2));
        using var after = await Http.PostAsJsonAsync(Webhook, new { content = "after reset" });

        limited.StatusCode.Should().Be(HttpStatusCode.TooManyRequests);
        var body = await limited.Content.ReadFromJsonAsync<JsonElement>();
        body.GetProperty("retry_after").GetDouble().Should().BeInRange(0.001, 2);
        body.GetProperty("global").GetBoolean().Should().BeFalse();
        limited.Headers.GetValues("X-RateLimit-Scope").Single().Should().Be("user");
        after.StatusCode.Should().Be(HttpStatusCode.NoContent);
    }

    [Fact]
    public async Task OversizedEmbed_Is400InvalidFormBody_AndNotKept()
    {
        using var response = await Http.PostAsJsonAsync(Webhook, new { embeds = new[] { new { title = new string('x', 257) } } });
        var messages = await Http.GetFromJsonAsync<JsonElement>("/sim/control/discord/messages");

        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        body.GetProperty("code").GetInt32().Should().Be(50035);
        body.GetProperty("errors").GetProperty("embeds.0.title").GetString().Should().Contain("256");
        messages.GetArrayLength().Should().Be(0);
    }

    [Fact]
    public async Task TooManyEmbedCharacters_AreRejected()
    {
        var embeds = Enumerable.Range(0, 2).Select(_ => new { description = new string('d', 3500) }).ToArray();

        using var response = await Http.PostAsJsonAsync(Webhook, new { embeds });

        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").GetProperty("embeds").GetString().Should().Contain("6000");
    }

    [Fact]
    public async Task EmptyMessage_Is50006()
    {
        using var response = await Http.PostAsJsonAsync(Webhook, new { content = "" });

        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("code").GetInt32().Should().Be(50006);
    }

    [Fact]
    public async Task DeletedWebhook_Is404UnknownWebhook()
    {
        await Http.PostAsync("/sim/control/discord/webhooks/111/delete", null);

        using var response = await Http.PostAsJsonAsync(Webhook, new { content = "anyone there?" });

        response.StatusCode.Should().Be(HttpStatusCode.NotFound);
        (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("code").GetInt32().Should().Be(10015);
    }

    [Fact]
    public async Task WrongToken_Is401()
    {
        await Http.PostAsJsonAsync(Webhook, new { content = "first" });

        using var response = await Http.PostAsJsonAsync("/sim/discord/api/webhooks/111/token-b", new { content = "second" });

        response.StatusCode.Should().Be(HttpStatusCode.Unauthorized);
        (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("code").GetInt32().Should().Be(50027);
    }

    [Fact]
    public async Task InjectedServerError_IsReturnedOnce()
    {
        await InjectFaultAsync(new { target = "/sim/discord/api/webhooks/111", kind = "Status", status = 502, count = 1 });

        using var failed = await Http.PostAsJsonAsync(Webhook, new { content = "x" });
        using var recovered = await Http.PostAsJsonAsync(Webhook, new { content = "x" });

        failed.StatusCode.Should().Be(HttpStatusCode.BadGateway);
        recovered.StatusCode.Should().Be(HttpStatusCode.NoContent);
    }

    [Fact]
    public async Task RateLimitedStorm_Gives429WithRetryAfterToEveryPost_UntilItBlowsOver()
    {
        await InjectFaultAsync(new { target = "/sim/discord/", kind = "RateLimited", retryAfterSeconds = 3, forSeconds = 10 });

        var during = new List<HttpResponseMessage>();
        for (var i = 0; i < 3; i++)
        {
            Clock.Advance(TimeSpan.FromSeconds(3));
            during.Add(await Http.PostAsJsonAsync(Webhook, new { content = $"storm {i}" }));
        }

        Clock.Advance(TimeSpan.FromSeconds(1));
        using var after = await Http.PostAsJsonAsync(Webhook, new { content = "after the storm" });
        var messages = await Http.GetFromJsonAsync<JsonElement>("/sim/control/discord/messages?webhookId=111");

        during.Should().AllSatisfy(r => r.StatusCode.Should().Be(HttpStatusCode.TooManyRequests));
        (await during[0].Content.ReadFromJsonAsync<JsonElement>()).GetProperty("retry_after").GetDouble().Should().Be(3);
        during[0].Headers.GetValues("Retry-After").Single().Should().Be("3");
        after.StatusCode.Should().Be(HttpStatusCode.NoContent);
        messages.EnumerateArray().Select(m => m.GetProperty("payload").GetProperty("content").GetString()).Should().Equal("after the storm");
        during.ForEach(r => r.Dispose());
    }

    [Fact]
    public async Task TimeoutFault_DropsTheConnectionWithoutAnAnswer_AndKeepsNothing()
    {
        await InjectFaultAsync(new { target = "/sim/discord/api/webhooks/111", kind = "Timeout", delayMilliseconds = 1, count = 1 });

        var dropped = async () => await Http.PostAsJsonAsync(Webhook, new { content = "lost in transit" });

        await dropped.Should().ThrowAsync<HttpRequestException>();
        using var recovered = await Http.PostAsJsonAsync(Webhook, new { content = "second try" });
        var messages = await Http.GetFromJsonAsync<JsonElement>("/sim/control/discord/messages?webhookId=111");
        recovered.StatusCode.Should().Be(HttpStatusCode.NoContent);
        messages.EnumerateArray().Select(m => m.GetProperty("payload").GetProperty("content").GetString()).Should().Equal("second try");
    }

    [Fact]
    public void DemoChannelPage_ShowsAnEscapedNameAsItIs_AndTheAppsMarkupAsMarkup()
    {
        var html = global::Structures.Dashboard.Simulation.Discord.DiscordMarkdown.ToHtml(
            "The Astrahus **" + global::Structures.Core.Discord.DiscordMarkdown.Escape("**x** [evil](https://e.example) <b>") + "** of [Wayne](https://e.example/w)");

        html.Value.Should().Be("The Astrahus <strong>&#42;&#42;x&#42;&#42; &#91;evil&#93;&#40;https&#58;//e.example&#41; &lt;b&gt;</strong> of "
            + "<a href=\"https://e.example/w\" target=\"_blank\" rel=\"noopener\">Wayne</a>");
    }
}
