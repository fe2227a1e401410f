using System.Net;
using Microsoft.AspNetCore.WebUtilities;
using Structures.Core.Notifications;
using Structures.Tests.Infrastructure;

namespace Structures.Tests.Dashboard.Notices;

public sealed class AdminNoticesPageTests() : AppTest(new Dictionary<string, string?> { ["Structures:AdminCharacterIds:0"] = "90000001" })
{
    [Fact]
    public async Task Admin_SeesNotices_AndNotificationsThatNeedALook()
    {
        await AddOwnerAsync(90000001);
        await using (var db = await DbAsync())
        {
            db.Notifications.Add(new Notification
            {
                OwnerId = 98000001, NotificationId = 5, Type = "StructureUnderAttack", SenderType = "corporation", ContentKey = "x",
                Text = "structureID: [1", ParseError = "The notification text is not valid YAML: broken", Timestamp = new DateTime(2026, 11, 23, 12, 0, 0, DateTimeKind.Utc),
            });
            await db.SaveChangesAsync();
        }

        var (status, _, html) = await RequestAsAsync(90000001, "/admin/notices");

        status.Should().Be(HttpStatusCode.OK);

        html.Should().Contain("Wayne Technologies added as a structure owner").And.Contain("The notification text is not valid YAML: broken");
    }

    [Fact]
    public async Task NonAdmin_DoesNotSeeThem()
    {
        await AddOwnerAsync(90000001);

        var (status, location, html) = await RequestAsAsync(90000003, "/admin/notices");

        status.Should().Be(HttpStatusCode.Redirect);
        location.Should().StartWith("/denied");
        html.Should().NotContain("added as a structure owner");
    }

    // Signs in through the simulated SSO with a cookie jar, as a browser would, then reads the server-rendered page.
    private async Task<(HttpStatusCode Status, string? Location, string Html)> RequestAsAsync(long characterId, string path)
    {
        var cookies = new CookieContainer();
        using var browser = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false, CookieContainer = cookies }) { BaseAddress = new Uri(Factory.BaseUrl) };
        using var challenge = await browser.GetAsync("/auth/login");
        var form = QueryHelpers.ParseQuery(challenge.Headers.Location!.Query).ToDictionary(q => q.Key, q => q.Value.ToString());
        form["character_id"] = characterId.ToString(System.Globalization.CultureInfo.InvariantCulture);
        using var chosen = await browser.PostAsync(challenge.Headers.Location.AbsolutePath, new FormUrlEncodedContent(form));
        using var callback = await browser.GetAsync(chosen.Headers.Location);
        using var response = await browser.GetAsync(path);
        return (response.StatusCode, response.Headers.Location?.PathAndQuery ?? response.Headers.Location?.OriginalString, await response.Content.ReadAsStringAsync());
    }
}
