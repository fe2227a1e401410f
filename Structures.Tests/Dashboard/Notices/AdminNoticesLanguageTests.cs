using Structures.Core.Notices;
using Structures.Tests.Infrastructure;

namespace Structures.Tests.Dashboard.Notices;

// Notices read in the admin's page language; a notice stored before notices had kinds shows its stored text.
public sealed class AdminNoticesLanguageTests() : AppTest(new Dictionary<string, string?> { ["Structures:AdminCharacterIds:0"] = "90000001" })
{
    [Fact]
    public async Task NoticesPage_InGerman_WritesNoticesInGerman_AndOldNoticesAsStored()
    {
        await AddOwnerAsync(90000001);
        await using (var db = await DbAsync())
        {
            db.AdminNotices.Add(new AdminNotice { CreatedAt = new DateTime(2026, 11, 1, 0, 0, 0, DateTimeKind.Utc), Level = NoticeLevel.Danger, Title = "Services down", Message = "ESI answers 503." });
            await db.SaveChangesAsync();
        }

        using var browser = LanguageBrowser.Create(Factory.BaseUrl, "de");
        await SsoRoundTripAsync(browser, "/auth/login?returnUrl=/", 90000001);
        var page = await browser.PageAsync("/admin/notices");

        page.Should().Contain("<html lang=\"de\">")
            .And.Contain("Wayne Technologies als Strukturbesitzer hinzugefügt")
            .And.Contain("Bruce Wayne hat Wayne Technologies hinzugefügt.")
            .And.NotContain("added as a structure owner");
        page.Should().Contain("Services down").And.Contain("ESI answers 503.");
    }
}
