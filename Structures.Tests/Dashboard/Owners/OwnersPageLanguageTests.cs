using System.Net;
using Structures.Tests.Infrastructure;

namespace Structures.Tests.Dashboard.Owners;

// The owners page shows what Core says about owners in the viewer's language, not in English.
public sealed class OwnersPageLanguageTests() : AppTest(new Dictionary<string, string?> { ["Structures:AdminCharacterIds:0"] = "90000001" })
{
    [Fact]
    public async Task OwnersPage_ForAGermanBrowser_WarnsOfTheMissingMainInGerman()
    {
        using var browser = await SignedInClientAsync(90000001);
        await AddOwnerAsync(90000001);
        using var request = new HttpRequestMessage(HttpMethod.Get, "/owners");
        request.Headers.AcceptLanguage.ParseAdd("de-DE,de;q=0.9");

        using var response = await browser.SendAsync(request);
        var page = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        page.Should().Contain("data-testid=\"alliance-without-main-99000001\"")
            .And.Contain("Wayne Enterprises hat Eigentümer (Wayne Technologies), aber keinen Haupteigentümer")
            .And.NotContain("but no main owner");
    }
}
