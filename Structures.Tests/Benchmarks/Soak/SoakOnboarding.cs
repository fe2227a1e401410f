using System.Globalization;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.EntityFrameworkCore;
using Structures.Core.Data;
using Structures.Core.Notifications;
using Structures.Core.Webhooks;

namespace Structures.Tests.Benchmarks.Soak;

// Sets the app under test up as its admin would: signs in through the simulated EVE SSO, adds every corporation
// through its director's SSO round, and gives each owner a webhook of the simulated Discord.
internal static class SoakOnboarding
{
    public static async Task AddOwnersAsync(string appUrl, long adminId, IEnumerable<SoakCorporation> corporations)
    {
        using var browser = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false, CookieContainer = new System.Net.CookieContainer() })
        {
            Timeout = TimeSpan.FromSeconds(60),
        };
        var signedIn = await SsoRoundTripAsync(browser, new Uri($"{appUrl}/auth/login?returnUrl=/"), adminId);
        if (signedIn != "/")
        {
            throw new InvalidOperationException($"The admin could not sign in: {signedIn}");
        }

        foreach (var corporation in corporations)
        {
            var result = await SsoRoundTripAsync(browser, new Uri($"{appUrl}/owners/add"), corporation.DirectorId);
            if (!result.Contains("ok=true", StringComparison.Ordinal))
            {
                throw new InvalidOperationException($"Corporation {corporation.CorporationId} was not added: {Uri.UnescapeDataString(result)}");
            }
        }
    }

    // The app's challenge, the character picked on the simulated SSO page, the app's callback; returns where the
    // app sends the browser at the end.
    private static async Task<string> SsoRoundTripAsync(HttpClient browser, Uri start, long characterId)
    {
        using var challenge = await browser.GetAsync(start);
        var authorize = challenge.Headers.Location ?? throw new InvalidOperationException($"{start} did not redirect to EVE SSO.");
        var form = QueryHelpers.ParseQuery(authorize.Query).ToDictionary(q => q.Key, q => q.Value.ToString());
        form["character_id"] = characterId.ToString(CultureInfo.InvariantCulture);
        using var content = new FormUrlEncodedContent(form);
        using var chosen = await browser.PostAsync(new Uri(authorize.GetLeftPart(UriPartial.Path)), content);
        using var callback = await browser.GetAsync(chosen.Headers.Location);
        return callback.Headers.Location?.OriginalString ?? $"status {(int)callback.StatusCode}";
    }

    public static async Task AddWebhooksAsync(SoakDatabase database, SimulatorControl simulator, IEnumerable<SoakCorporation> corporations, DateTime now)
    {
        await using var db = database.Open();
        var types = string.Join(',', NotificationTypes.All.Select(t => t.Name));
        foreach (var corporation in corporations)
        {
            db.Webhooks.Add(new Webhook
            {
                Name = corporation.WebhookId,
                Url = simulator.DiscordWebhookUrl(corporation.WebhookId),
                NotificationTypes = types,
                CreatedAt = now,
                Owners = await db.Owners.Where(o => o.CorporationId == corporation.CorporationId).ToListAsync(),
            });
        }

        await db.SaveChangesAsync();
    }

    public static StructuresDbContext Database(string connectionString) =>
        new(new DbContextOptionsBuilder<StructuresDbContext>().UseSqlite(connectionString).AddInterceptors(new SqlitePragmas()).Options);
}
