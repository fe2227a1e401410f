using System.Net;
using System.Security.Claims;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Structures.Tests.Infrastructure;

namespace Structures.Tests.Dashboard.Auth;

// A browser without JavaScript whose cookies the test can read: the app's own session cookie, opened with the app's
// own keys, is the principal a page would be given.
public sealed class SignedInBrowser : IDisposable
{
    private readonly CookieContainer _cookies = new();

    public SignedInBrowser(DashboardFactory factory)
    {
        Factory = factory;
        Http = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false, CookieContainer = _cookies }) { BaseAddress = new Uri(factory.BaseUrl) };
    }

    public DashboardFactory Factory { get; }

    public HttpClient Http { get; }

    public ClaimsPrincipal Principal()
    {
        var cookie = _cookies.GetCookies(Http.BaseAddress!)["structures.auth"] ?? throw new InvalidOperationException("Not signed in.");
        var options = Factory.Services.GetRequiredService<IOptionsMonitor<CookieAuthenticationOptions>>().Get(CookieAuthenticationDefaults.AuthenticationScheme);
        return options.TicketDataFormat.Unprotect(cookie.Value)!.Principal;
    }

    public void Dispose() => Http.Dispose();
}
