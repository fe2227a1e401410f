using System.Net;
using Structures.Dashboard.Auth;
using Structures.Tests.Infrastructure;

namespace Structures.Tests.Dashboard.Auth;

// Return URLs come from links anyone can craft: after the whole EVE SSO round trip the browser must still be here.
// One app for the class: each case signs in from a browser of its own and reads only where that browser lands.
public sealed class AuthEndpointsTests(AuthEndpointsTests.SharedApp app) : IClassFixture<AuthEndpointsTests.SharedApp>
{
    public static readonly TheoryData<string> OffSite =
    [
        "//evil.example/", "///evil.example/", "/\\evil.example/", "/\\/evil.example/", "\\\\evil.example/", "\\/evil.example/",
        "/\t/evil.example/", "/\n/evil.example/", "/\r\n/evil.example/", "\t//evil.example/", " //evil.example/",
        "https://evil.example/", "http:evil.example", "javascript:alert(1)", "//evil.example@localhost/", "~//evil.example/",
        "%2F%2Fevil.example/", "/%2F/evil.example/", "/%09/evil.example/", "/%5Cevil.example/", "/%5C%5Cevil.example/", "%5C%5Cevil.example/",
    ];

    [Theory]
    [MemberData(nameof(OffSite))]
    public async Task Login_AfterTheSsoRoundTrip_StaysOnThisSite(string returnUrl)
    {
        using var browser = NewBrowser();

        var landing = await AppTest.SsoRoundTripAsync(browser, $"/auth/login?returnUrl={Uri.EscapeDataString(returnUrl)}", 90000003);

        StaysOnSite(landing).Should().BeTrue($"\"{landing}\" must not leave the site");
    }

    [Theory]
    [MemberData(nameof(OffSite))]
    public void LocalOnly_OffSiteOrOddReturnUrls_BecomeAPathOfThisSite(string returnUrl)
    {
        var local = AuthEndpoints.LocalOnly(returnUrl);

        StaysOnSite(local).Should().BeTrue(local);
    }

    [Fact]
    public async Task Login_WithALocalReturnUrl_LandsThere()
    {
        using var browser = NewBrowser();

        var landing = await AppTest.SsoRoundTripAsync(browser, "/auth/login?returnUrl=%2Ftimers%3Fowner%3D1", 90000003);

        landing.Should().Be("/timers?owner=1");
    }

    [Theory]
    [InlineData("/auth/link", "/characters")]
    [InlineData("/owners/add", "/owners")]
    public async Task OtherSsoRounds_IgnoreAReturnUrl_AndLandOnTheirOwnPage(string path, string page)
    {
        using var browser = NewBrowser();
        await AppTest.SsoRoundTripAsync(browser, "/auth/login", 90000001);

        var landing = await AppTest.SsoRoundTripAsync(browser, $"{path}?returnUrl=%2F%2Fevil.example%2F&ReturnUrl=https%3A%2F%2Fevil.example", 90000001);

        new Uri(new Uri(app.Factory.BaseUrl), landing).AbsolutePath.Should().Be(page);
    }

    private HttpClient NewBrowser()
    {
        // The shared app's warnings and errors are checked after each case, as for an app of the case's own.
        TestRun.Reads(app.Factory);
        return new(new HttpClientHandler { AllowAutoRedirect = false, CookieContainer = new CookieContainer() }) { BaseAddress = new Uri(app.Factory.BaseUrl) };
    }

    // How a browser reads a Location (WHATWG URL): tabs and newlines dropped, a backslash taken for a slash.
    private static bool StaysOnSite(string location)
    {
        var site = new Uri("http://structures.test/");
        var read = new string(location.Where(c => c is not ('\t' or '\n' or '\r')).ToArray()).Trim().Replace('\\', '/');
        return Uri.TryCreate(site, read, out var target) && target.Scheme == site.Scheme && target.Authority == site.Authority;
    }

    public sealed class SharedApp() : SimulatorFixture(new DashboardFactory(new Dictionary<string, string?> { ["Structures:AdminCharacterIds:0"] = "90000001" }));
}
