using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Structures.Tests.Infrastructure;

namespace Structures.Tests.Dashboard.Simulation;

public sealed class SimulatedDiscordEditTests() : AppTest(fakeClock: true)
{
    private const string Webhook = "/sim/discord/api/webhooks/222/token-b";

    private async Task<string> PostAsync(object message)
    {
        using var posted = await Http.PostAsJsonAsync($"{Webhook}?wait=true", message);
        posted.StatusCode.Should().Be(HttpStatusCode.OK);
        return (await posted.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString()!;
    }

    private async Task<JsonElement> MessagesAsync() => await Http.GetFromJsonAsync<JsonElement>("/sim/control/discord/messages?webhookId=222");

    [Fact]
    public async Task Patch_ChangesTheMessageInPlace_AndAnswersWithTheEditedMessage()
    {
        var id = await PostAsync(new { content = "first", embeds = new[] { new { title = "Upcoming timers" } } });
        await PostAsync(new { content = "second" });
        Clock.Advance(TimeSpan.FromMinutes(5));

        using var edited = await Http.PatchAsJsonAsync($"{Webhook}/messages/{id}", new { content = "first, edited" });
        var messages = await MessagesAsync();

        edited.StatusCode.Should().Be(HttpStatusCode.OK);
        var body = await edited.Content.ReadFromJsonAsync<JsonElement>();
        body.GetProperty("id").GetString().Should().Be(id);
        body.GetProperty("content").GetString().Should().Be("first, edited");
        body.GetProperty("edited_timestamp").GetString().Should().NotBeNullOrEmpty();
        messages.GetArrayLength().Should().Be(2);
        messages[0].GetProperty("payload").GetProperty("content").GetString().Should().Be("first, edited");
        messages[0].GetProperty("payload").GetProperty("embeds")[0].GetProperty("title").GetString().Should().Be("Upcoming timers", "fields not sent stay as they were");
        messages[0].GetProperty("editedAt").GetDateTime().Should().Be(Clock.GetUtcNow().UtcDateTime);
        messages[1].GetProperty("payload").GetProperty("content").GetString().Should().Be("second");
    }

    [Fact]
    public async Task Patch_UnknownOrDeletedMessage_Is404UnknownMessage()
    {
        var id = await PostAsync(new { content = "to be deleted" });
        using var deleted = await Http.DeleteAsync($"{Webhook}/messages/{id}");

        using var afterDelete = await Http.PatchAsJsonAsync($"{Webhook}/messages/{id}", new { content = "too late" });
        using var neverPosted = await Http.PatchAsJsonAsync($"{Webhook}/messages/1234", new { content = "never there" });

        deleted.StatusCode.Should().Be(HttpStatusCode.NoContent);
        foreach (var response in new[] { afterDelete, neverPosted })
        {
            response.StatusCode.Should().Be(HttpStatusCode.NotFound);
            (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("code").GetInt32().Should().Be(10008);
        }

        (await MessagesAsync()).GetArrayLength().Should().Be(0);
    }

    [Fact]
    public async Task Patch_BreakingDiscordsLimits_Is400_AndLeavesTheMessage()
    {
        var id = await PostAsync(new { content = "short" });

        using var response = await Http.PatchAsJsonAsync($"{Webhook}/messages/{id}", new { content = new string('x', 2001) });

        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        body.GetProperty("code").GetInt32().Should().Be(50035);
        body.GetProperty("errors").GetProperty("content").GetString().Should().Contain("2000");
        (await MessagesAsync())[0].GetProperty("payload").GetProperty("content").GetString().Should().Be("short");
    }

    [Fact]
    public async Task Patch_DeletedWebhookOrWrongToken_IsRefusedLikeAPost()
    {
        var id = await PostAsync(new { content = "hello" });

        using var wrongToken = await Http.PatchAsJsonAsync($"/sim/discord/api/webhooks/222/other-token/messages/{id}", new { content = "x" });
        await Http.PostAsync("/sim/control/discord/webhooks/222/delete", null);
        using var gone = await Http.PatchAsJsonAsync($"{Webhook}/messages/{id}", new { content = "x" });

        wrongToken.StatusCode.Should().Be(HttpStatusCode.Unauthorized);
        gone.StatusCode.Should().Be(HttpStatusCode.NotFound);
        (await gone.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("code").GetInt32().Should().Be(10015);
    }

    [Fact]
    public async Task Patch_CountsAgainstTheWebhooksRateLimit()
    {
        var id = await PostAsync(new { content = "hello" });
        for (var i = 0; i < 4; i++)
        {
            using var ok = await Http.PatchAsJsonAsync($"{Webhook}/messages/{id}", new { content = $"edit {i}" });
            ok.StatusCode.Should().Be(HttpStatusCode.OK);
        }

        using var limited = await Http.PatchAsJsonAsync($"{Webhook}/messages/{id}", new { content = "one too many" });

        limited.StatusCode.Should().Be(HttpStatusCode.TooManyRequests);
        (await MessagesAsync())[0].GetProperty("payload").GetProperty("content").GetString().Should().Be("edit 3");
    }
}
