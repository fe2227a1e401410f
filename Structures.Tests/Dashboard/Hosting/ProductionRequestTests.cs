using System.Net;
using System.Security.Claims;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace Structures.Tests.Dashboard.Hosting;

public sealed class ProductionRequestTests : ProductionTest
{
    [Fact]
    public async Task Login_ForwardedAsHttpsByTheKnownProxy_SendsAnHttpsCallbackToEve()
    {
        await using var app = Start();
        using var http = Client(app);

        using var response = await http.SendAsync(ProductionExample.ThroughProxy("/auth/login"));

        response.StatusCode.Should().Be(HttpStatusCode.Redirect);
        response.Headers.Location!.ToString().Should().StartWith("http://127.0.0.1:9/v2/oauth/authorize")
            .And.Contain($"redirect_uri={Uri.EscapeDataString($"https://{ProductionExample.Host}/signin-eve")}");
        response.Headers.GetValues("Strict-Transport-Security").Should().ContainSingle();
    }

    [Fact]
    public async Task Login_ForwardedAsHttpsByAnUnknownAddress_IsTreatedAsPlainHttp()
    {
        await using var app = Start(new Dictionary<string, string?> { ["ForwardedHeaders:KnownProxies:0"] = "10.20.30.40" });
        using var http = Client(app);

        using var response = await http.SendAsync(ProductionExample.ThroughProxy("/auth/login"));

        response.StatusCode.Should().Be(HttpStatusCode.TemporaryRedirect);
        response.Headers.Location.Should().Be(new Uri($"https://{ProductionExample.Host}/auth/login"));
        response.Headers.Contains("Strict-Transport-Security").Should().BeFalse();
    }

    [Fact]
    public async Task Cookies_OutsideDevelopment_AreSecure()
    {
        await using var app = Start(services: services => services.AddSingleton<IStartupFilter, SignInForTests>());
        using var http = Client(app);

        using var login = await http.SendAsync(ProductionExample.ThroughProxy("/auth/login"));
        using var signIn = await http.SendAsync(ProductionExample.ThroughProxy(SignInForTests.Path));

        login.Headers.GetValues("Set-Cookie").Should().ContainSingle(c => c.StartsWith(".AspNetCore.Correlation.", StringComparison.Ordinal))
            .Which.Should().Contain("secure");
        signIn.Headers.GetValues("Set-Cookie").Should().ContainSingle(c => c.StartsWith("structures.auth=", StringComparison.Ordinal))
            .Which.Should().Contain("secure");
    }

    [Fact]
    public async Task EveryResponse_CarriesTheSecurityHeaders()
    {
        await using var app = Start();
        using var http = Client(app);

        foreach (var path in new[] { "/health/live", "/", "/error" })
        {
            using var response = await http.SendAsync(ProductionExample.ThroughProxy(path));

            response.StatusCode.Should().Be(HttpStatusCode.OK, path);
            // Blazor adds its own frame-ancestors policy to interactive pages; a browser enforces both.
            response.Headers.GetValues("Content-Security-Policy").Should().ContainSingle(p => p.Contains("script-src 'self'", StringComparison.Ordinal))
                .Which.Should().Contain("frame-ancestors 'none'");
            response.Headers.GetValues("X-Content-Type-Options").Should().Equal("nosniff");
            response.Headers.GetValues("X-Frame-Options").Should().Equal("DENY");
            response.Headers.GetValues("Referrer-Policy").Should().Equal("same-origin");
        }
    }

    [Fact]
    public async Task ErrorPage_IsAPageThatSaysSo()
    {
        await using var app = Start();
        using var http = Client(app);

        var page = await (await http.SendAsync(ProductionExample.ThroughProxy("/error"))).Content.ReadAsStringAsync();

        page.Should().Contain("Something went wrong");
    }

    [Theory]
    [InlineData("/auth/login")]
    [InlineData("/signin-eve")]
    [InlineData("/owners/add")]
    [InlineData("/structures/service_status/")]
    public async Task RateLimitedPath_AfterTheLimit_Answers429(string path)
    {
        await using var app = Start(new Dictionary<string, string?>
        {
            ["RateLimits:AuthPermitLimit"] = "2", ["RateLimits:AuthWindow"] = "01:00:00",
            ["RateLimits:StatusPermitLimit"] = "2", ["RateLimits:StatusWindow"] = "01:00:00",
        });
        using var http = Client(app);

        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 3; i++)
        {
            using var response = await http.SendAsync(ProductionExample.ThroughProxy(path));
            statuses.Add(response.StatusCode);
        }

        statuses.Take(2).Should().NotContain(HttpStatusCode.TooManyRequests);
        statuses[2].Should().Be(HttpStatusCode.TooManyRequests);
    }

    // Signs in a made-up character without EVE, to see the authentication cookie the app writes.
    private sealed class SignInForTests : IStartupFilter
    {
        public const string Path = "/test-only/sign-in";

        public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
        {
            app.Use(async (HttpContext http, RequestDelegate rest) =>
            {
                if (http.Request.Path != Path)
                {
                    await rest(http);
                    return;
                }

                var identity = new ClaimsIdentity([new Claim(ClaimTypes.NameIdentifier, "90000001"), new Claim(ClaimTypes.Name, "Test")], CookieAuthenticationDefaults.AuthenticationScheme);
                await http.SignInAsync(CookieAuthenticationDefaults.AuthenticationScheme, new ClaimsPrincipal(identity));
            });
            next(app);
        };
    }
}
