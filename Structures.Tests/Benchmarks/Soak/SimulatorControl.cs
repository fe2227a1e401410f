using System.Net.Http.Json;
using System.Text.Json;

namespace Structures.Tests.Benchmarks.Soak;

// The simulator process's control surface, over HTTP: its world, notifications, faults and Discord record.
internal sealed class SimulatorControl(HttpClient http, string baseUrl)
{
    private const long FirstBenchmarkCorporation = 98100001;

    public string BaseUrl => baseUrl;

    public string DiscordWebhookUrl(string webhookId) => $"{baseUrl}/sim/discord/api/webhooks/{webhookId}/soak-token";

    // The generated corporations: their director, and their Upwell structures to be attacked.
    public async Task<List<SoakCorporation>> CorporationsAsync()
    {
        var world = await http.GetFromJsonAsync<JsonElement>(new Uri($"{baseUrl}/sim/control/world"));
        var upwell = world.GetProperty("structures").EnumerateArray()
            .Where(s => s.GetProperty("kind").GetString() == "Upwell")
            .ToLookup(s => s.GetProperty("corporationId").GetInt64(), s => s.GetProperty("id").GetInt64());
        return [.. world.GetProperty("characters").EnumerateArray()
            .Where(c => c.GetProperty("corporationId").GetInt64() >= FirstBenchmarkCorporation
                && c.GetProperty("roles").EnumerateArray().Any(r => r.GetString() == "Director"))
            .Select(c => new SoakCorporation(c.GetProperty("corporationId").GetInt64(), c.GetProperty("id").GetInt64(), [.. upwell[c.GetProperty("corporationId").GetInt64()]]))
            .DistinctBy(c => c.CorporationId)];
    }

    public async Task<SoakEmitted> EmitAsync(string type, SoakCorporation corporation, long structureId)
    {
        using var response = await http.PostAsJsonAsync(new Uri($"{baseUrl}/sim/control/notifications"), new { type, structureId });
        response.EnsureSuccessStatusCode();
        var created = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("notifications")[0];
        return new SoakEmitted(created.GetProperty("notificationId").GetInt64(), corporation.WebhookId, SoakLedger.Utc(created.GetProperty("timestamp").GetDateTime()));
    }

    public async Task InjectAsync(object fault)
    {
        using var response = await http.PostAsJsonAsync(new Uri($"{baseUrl}/sim/control/faults"), fault);
        response.EnsureSuccessStatusCode();
    }

    public async Task ClearFaultsAsync()
    {
        using var response = await http.DeleteAsync(new Uri($"{baseUrl}/sim/control/faults"));
        response.EnsureSuccessStatusCode();
    }

    // Every embed the simulated Discord accepted, with the notification time it shows and when it arrived.
    public async Task<List<SoakReceived>> ReceivedAsync()
    {
        var messages = await http.GetFromJsonAsync<JsonElement>(new Uri($"{baseUrl}/sim/control/discord/messages"));
        return [.. messages.EnumerateArray().SelectMany(m =>
        {
            var webhook = m.GetProperty("webhookId").GetString()!;
            var arrived = SoakLedger.Utc(m.GetProperty("receivedAt").GetDateTime());
            var embeds = m.GetProperty("payload").TryGetProperty("embeds", out var list) ? list.EnumerateArray().ToList() : [];
            return embeds.Select(e => new SoakReceived(webhook, e.TryGetProperty("timestamp", out var t) ? SoakLedger.Utc(t.GetDateTime()) : null, arrived));
        })];
    }
}

internal sealed record SoakCorporation(long CorporationId, long DirectorId, IReadOnlyList<long> UpwellStructures)
{
    public string WebhookId => $"soak{CorporationId}";
}
