using System.Net;
using System.Net.Http.Json;
using System.Text.RegularExpressions;
using Structures.Tests.Infrastructure;

namespace Structures.Tests.Dashboard.Localization;

// The page language: a form post sets the cookie and goes back where it came from; pages then speak that language.
public sealed partial class UiLanguageTests : AppTest
{
    [Fact]
    public async Task ChoosingGerman_SetsTheCookie_AndPagesSpeakGerman()
    {
        using var browser = await SignedInClientAsync(90000003);

        using var response = await PostLanguageAsync(browser, "de", "/timers?view=all");

        response.StatusCode.Should().Be(HttpStatusCode.Redirect);
        response.Headers.Location!.ToString().Should().Be("/timers?view=all");
        response.Headers.GetValues("Set-Cookie").Should().Contain(c => c.StartsWith(".AspNetCore.Culture=c%3Dde%7Cuic%3Dde;", StringComparison.Ordinal) && c.Contains("httponly", StringComparison.OrdinalIgnoreCase));
        var page = await browser.GetStringAsync("/not-found");
        page.Should().Contain("<html lang=\"de\">").And.Contain("Seite nicht gefunden").And.NotContain("Page not found");
    }

    [Fact]
    public async Task WithoutAChoice_TheBrowsersLanguageIsUsed_ElseEnglish()
    {
        using var french = new HttpRequestMessage(HttpMethod.Get, "/not-found");
        french.Headers.AcceptLanguage.ParseAdd("fr-CA,fr;q=0.9");
        var frenchPage = await (await Http.SendAsync(french)).Content.ReadAsStringAsync();
        using var klingon = new HttpRequestMessage(HttpMethod.Get, "/not-found");
        klingon.Headers.AcceptLanguage.ParseAdd("tlh");
        var fallback = await (await Http.SendAsync(klingon)).Content.ReadAsStringAsync();

        frenchPage.Should().Contain("Page introuvable");
        fallback.Should().Contain("<html lang=\"en\">").And.Contain("Page not found");
    }

    [Theory]
    [InlineData("//evil.example/")]
    [InlineData("https://evil.example/")]
    [InlineData("/\\evil.example/")]
    public async Task AnOffSiteReturnUrl_LandsOnTheOverview(string returnUrl)
    {
        using var browser = await SignedInClientAsync(90000003);

        using var response = await PostLanguageAsync(browser, "fr", returnUrl);

        response.StatusCode.Should().Be(HttpStatusCode.Redirect);
        response.Headers.Location!.ToString().Should().Be("/");
    }

    [Fact]
    public async Task AnUnofferedLanguage_IsRefused_AndNoCookieIsSet()
    {
        using var browser = await SignedInClientAsync(90000003);

        using var response = await PostLanguageAsync(browser, "tlh", "/");

        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        response.Headers.Contains("Set-Cookie").Should().BeFalse();
    }

    [Fact]
    public async Task AnUnofferedLanguage_FromAFrenchBrowser_IsRefusedInFrench()
    {
        using var browser = await SignedInClientAsync(90000003);
        browser.DefaultRequestHeaders.AcceptLanguage.ParseAdd("fr-FR,fr;q=0.9");

        using var response = await PostLanguageAsync(browser, "tlh", "/");

        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        (await response.Content.ReadFromJsonAsync<string>()).Should().Be("Choisissez l’une des langues proposées.");
    }

    [Fact]
    public async Task AForgedPost_WithoutTheAntiforgeryToken_IsRefused()
    {
        using var browser = await SignedInClientAsync(90000003);
        await browser.GetStringAsync("/");
        ExpectLog("MissingRequestToken");
        using var form = new FormUrlEncodedContent(new Dictionary<string, string> { ["language"] = "de", ["returnUrl"] = "/" });

        using var response = await browser.PostAsync("/language", form);

        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        response.Headers.Contains("Set-Cookie").Should().BeFalse();
    }

    // The token from the sign-out form every signed-in page carries, as a browser would post it.
    private static async Task<HttpResponseMessage> PostLanguageAsync(HttpClient browser, string language, string returnUrl)
    {
        var page = await browser.GetStringAsync("/");
        var token = Token().Match(page).Groups[1].Value;
        token.Should().NotBeEmpty("the page carries an antiforgery token");
        using var form = new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["language"] = language,
            ["returnUrl"] = returnUrl,
            ["__RequestVerificationToken"] = WebUtility.HtmlDecode(token),
        });
        return await browser.PostAsync("/language", form);
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" value=\"([^\"]+)\"")]
    private static partial Regex Token();
}
