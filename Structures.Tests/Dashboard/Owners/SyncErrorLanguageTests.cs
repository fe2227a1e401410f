using Microsoft.EntityFrameworkCore;
using Structures.Tests.Infrastructure;

namespace Structures.Tests.Dashboard.Owners;

// A sync error is stored in English as ESI and the sync word it, and read in the page's language.
public sealed class SyncErrorLanguageTests() : AppTest(new Dictionary<string, string?> { ["Structures:AdminCharacterIds:0"] = "90000001" })
{
    [Fact]
    public async Task OwnersPage_InFrench_ShowsTheStoredEsiErrorInFrench()
    {
        await AddOwnerAsync(90000001);
        await using (var db = await DbAsync())
        {
            var owner = await db.Owners.SingleAsync();
            owner.StructuresSync.Failed(new DateTime(2026, 11, 30, 11, 0, 0, DateTimeKind.Utc), "Upwell structures: ESI is not answering (HTTP ServiceUnavailable): EVE may be in its daily downtime.");
            await db.SaveChangesAsync();
        }

        using var browser = LanguageBrowser.Create(Factory.BaseUrl, "fr");
        await SsoRoundTripAsync(browser, "/auth/login?returnUrl=/", 90000001);
        var page = await browser.PageAsync("/owners");

        page.Should().Contain("Structures Upwell : ESI ne répond pas (HTTP ServiceUnavailable) : EVE est peut-être en maintenance quotidienne.")
            .And.NotContain("EVE may be in its daily downtime");
    }
}
