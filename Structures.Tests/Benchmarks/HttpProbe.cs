using System.Collections.Concurrent;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace Structures.Tests.Benchmarks;

// What the product's own HTTP clients saw, timed on one monotonic clock: every ESI answer (with the notification
// ids it carried and whether it was asked for before the previous answer expired) and every post to Discord.
internal sealed partial class HttpProbe
{
    private readonly ConcurrentQueue<EsiExchange> _esi = new();
    private readonly ConcurrentQueue<DiscordPost> _discord = new();
    private readonly ConcurrentDictionary<string, DateTimeOffset> _expires = new();

    public static double NowMs => TimeProvider.System.GetElapsedTime(0).TotalMilliseconds;

    public IReadOnlyCollection<EsiExchange> Esi => _esi;

    public IReadOnlyCollection<DiscordPost> Discord => _discord;

    public void Clear()
    {
        _esi.Clear();
        _discord.Clear();
    }

    internal async Task<HttpResponseMessage> TimeEsiAsync(HttpRequestMessage request, Func<Task<HttpResponseMessage>> send, CancellationToken cancellationToken)
    {
        var path = request.RequestUri!.AbsolutePath;
        var sentAt = TimeProvider.System.GetUtcNow();
        var early = _expires.TryGetValue(path, out var expires) && sentAt < expires;
        var response = await send();
        await response.Content.LoadIntoBufferAsync(cancellationToken);
        var arrived = NowMs;
        if (response.Content.Headers.Expires is { } next)
        {
            _expires[path] = next;
        }

        var ids = (int)response.StatusCode == 200 && NotificationsRoute().IsMatch(path)
            ? NotificationIds(await response.Content.ReadAsStringAsync(cancellationToken))
            : [];
        _esi.Enqueue(new EsiExchange(path, (int)response.StatusCode, arrived, early, ids));
        return response;
    }

    internal async Task<HttpResponseMessage> TimeDiscordAsync(HttpRequestMessage request, Func<Task<HttpResponseMessage>> send, CancellationToken cancellationToken)
    {
        // A webhook looked up (GET) is no post.
        if (request.Method == HttpMethod.Get)
        {
            return await send();
        }

        var embeds = 0;
        if (request.Content is not null)
        {
            await request.Content.LoadIntoBufferAsync(cancellationToken);
            using var body = JsonDocument.Parse(await request.Content.ReadAsStringAsync(cancellationToken));
            embeds = body.RootElement.TryGetProperty("embeds", out var list) ? list.GetArrayLength() : 0;
        }

        var sent = NowMs;
        var response = await send();
        var webhook = request.RequestUri!.AbsolutePath.Split('/') is var parts && Array.IndexOf(parts, "webhooks") is var at and >= 0 ? parts[at + 1] : "";
        _discord.Enqueue(new DiscordPost(webhook, (int)response.StatusCode, embeds, sent, NowMs));
        return response;
    }

    private static List<long> NotificationIds(string body)
    {
        using var document = JsonDocument.Parse(body);
        return [.. document.RootElement.EnumerateArray().Select(n => n.GetProperty("notification_id").GetInt64())];
    }

    [GeneratedRegex("/characters/[0-9]+/notifications")]
    private static partial Regex NotificationsRoute();
}

internal sealed record EsiExchange(string Path, int Status, double ArrivedMs, bool Early, IReadOnlyList<long> NotificationIds);

internal sealed record DiscordPost(string WebhookId, int Status, int Embeds, double SentMs, double AtMs);

internal sealed class ProbeHandler(Func<HttpRequestMessage, Func<Task<HttpResponseMessage>>, CancellationToken, Task<HttpResponseMessage>> time) : DelegatingHandler
{
    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken) =>
        time(request, () => base.SendAsync(request, cancellationToken), cancellationToken);
}
