using System.Net;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Structures.Core.Data;
using Structures.Tests.Infrastructure;

namespace Structures.Tests.Dashboard.Auth;

public sealed class EveAuthenticationTests : AppTest
{
    [Fact]
    public async Task Login_RoundTrip_SignsInAndRecordsTheCharacter()
    {
        var cookies = new CookieContainer();
        using var browser = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false, CookieContainer = cookies }) { BaseAddress = new Uri(Factory.BaseUrl) };

        using var challenge = await browser.GetAsync("/auth/login?returnUrl=/");
        var authorize = challenge.Headers.Location!;
        var query = QueryHelpers.ParseQuery(authorize.Query);
        var form = query.ToDictionary(q => q.Key, q => q.Value.ToString());
        form["character_id"] = "90000006";
        using var chosen = await browser.PostAsync(authorize.AbsolutePath, new FormUrlEncodedContent(form));
        using var callback = await browser.GetAsync(chosen.Headers.Location);
        var home = await browser.GetStringAsync("/");

        query["scope"].ToString().Should().BeEmpty("login asks for identity only");
        query["code_challenge_method"].ToString().Should().Be("S256");
        callback.StatusCode.Should().Be(HttpStatusCode.Redirect);
        cookies.GetCookies(new Uri(Factory.BaseUrl)).Select(c => c.Name).Should().Contain("structures.auth");
        home.Should().Contain("Bad Dude");
        await using var db = await Factory.Services.GetRequiredService<IDbContextFactory<StructuresDbContext>>().CreateDbContextAsync();
        var character = await db.Characters.SingleAsync();
        character.Id.Should().Be(90000006);
        character.Name.Should().Be("Bad Dude");
    }

    [Fact]
    public async Task Login_ReturnUrl_ToAnotherSite_IsIgnored()
    {
        using var challenge = await Http.GetAsync("/auth/login?returnUrl=//evil.example/");

        challenge.StatusCode.Should().Be(HttpStatusCode.Redirect);
        challenge.Headers.Location!.ToString().Should().NotContain("evil.example");
    }
}
