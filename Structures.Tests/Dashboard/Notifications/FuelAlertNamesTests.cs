using Structures.Core.Notifications;
using Structures.Core.Notifications.Alerts;
using Structures.Tests.Infrastructure;

namespace Structures.Tests.Dashboard.Notifications;

// The fuel-alert rules' colours and pings are named in the page's language, in the table and in the form's selects.
public sealed class FuelAlertNamesTests() : AppTest(new Dictionary<string, string?> { ["Structures:AdminCharacterIds:0"] = "90000001" })
{
    [Fact]
    public async Task FuelAlertsPage_InKorean_NamesColoursAndPingsInKorean()
    {
        await using (var db = await DbAsync())
        {
            db.FuelAlertRules.Add(new FuelAlertRule { StartHours = 24, EndHours = 0, RepeatHours = 6, Colour = NotificationColour.Danger, Ping = AlertPing.None });
            await db.SaveChangesAsync();
        }

        using var browser = LanguageBrowser.Create(Factory.BaseUrl, "ko");
        await SsoRoundTripAsync(browser, "/auth/login?returnUrl=/", 90000001);
        var page = await browser.PageAsync("/settings/fuel-alerts");

        page.Should().Contain("<td>빨강(위험)</td><td>없음</td>", "the rule's colour and ping")
            .And.Contain("주황(경고)", "the form's colour select shows its default, Warning")
            .And.NotContain(">Danger<").And.NotContain(">Warning<");
    }
}
