using System.Net;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Components.Endpoints;
using Microsoft.AspNetCore.Routing;
using Microsoft.AspNetCore.StaticAssets;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Structures.Core.Access;
using Structures.Core.Owners;
using Structures.Core.Webhooks;
using Structures.Tests.Infrastructure;

namespace Structures.Tests.Dashboard.Auth;

// Every route the running app serves, asked by every kind of user, through the real EVE SSO sign-in.
public sealed partial class AuthorizationMatrixTests() : AppTest(new Dictionary<string, string?> { ["Structures:AdminCharacterIds:0"] = Admin.ToString(System.Globalization.CultureInfo.InvariantCulture) })
{
    private const long Admin = 90000001, Director = 90000002, Member = 90000003, Outsider = 90000008;

    [Fact]
    public void Routes_OfTheRunningApp_AllHaveAnExpectation()
    {
        var routes = AppRoutes().Select(r => r.Key).ToList();

        routes.Where(r => !AuthorizationMatrix.Routes.ContainsKey(r)).Should().BeEmpty("every route needs an expected outcome for each kind of user");
        AuthorizationMatrix.Routes.Keys.Where(r => !routes.Contains(r)).Should().BeEmpty("the matrix lists no route the app does not serve");
    }

    [Fact]
    public async Task EveryRoute_AnswersEachKindOfUser_AsExpected()
    {
        var values = await DemoWorldAsync();
        var browsers = new Dictionary<MatrixRole, HttpClient>
        {
            [MatrixRole.Anonymous] = Factory.CreateHttpClient(),
            [MatrixRole.Member] = await SignedInClientAsync(Member),
            [MatrixRole.Director] = await SignedInClientAsync(Director),
            [MatrixRole.Admin] = await SignedInClientAsync(Admin),
            [MatrixRole.Outsider] = await SignedInClientAsync(Outsider),
        };
        var wrong = new List<string>();

        // Signing out goes last: it ends the session the other requests use.
        foreach (var (key, method, route) in AppRoutes().Where(r => AuthorizationMatrix.Routes.ContainsKey(r.Key)).OrderBy(r => r.Method == "POST"))
        {
            foreach (var (role, browser) in browsers)
            {
                var expected = AuthorizationMatrix.Routes[key].For(role);
                using var request = new HttpRequestMessage(new HttpMethod(method), Fill(route, values));
                using var response = await browser.SendAsync(request);
                var actual = OutcomeOf(response);
                if (actual != expected.ToString())
                {
                    wrong.Add($"{key} as {role}: expected {expected}, got {actual}");
                }
            }
        }

        foreach (var browser in browsers.Values)
        {
            browser.Dispose();
        }

        wrong.Should().BeEmpty();
    }

    private IEnumerable<(string Key, string Method, string Route)> AppRoutes()
    {
        foreach (var endpoint in Factory.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>())
        {
            var route = endpoint.RoutePattern.RawText ?? "";
            route = route.StartsWith('/') ? route : "/" + route;
            if (AuthorizationMatrix.IsDemoOnly(route) || AuthorizationMatrix.IsFramework(route) || endpoint.Metadata.GetMetadata<StaticAssetDescriptor>() is not null)
            {
                continue;
            }

            if (endpoint.Metadata.GetMetadata<ComponentTypeMetadata>() is not null)
            {
                yield return ($"PAGE {route}", "GET", route);
                continue;
            }

            foreach (var method in endpoint.Metadata.GetMetadata<HttpMethodMetadata>()?.HttpMethods ?? ["ANY"])
            {
                yield return ($"{method} {route}", method, route);
            }
        }
    }

    // Real IDs from the demo world: Wayne Technologies and Bad Company synced, one webhook, a director allowed to add owners.
    private async Task<Dictionary<string, string>> DemoWorldAsync()
    {
        await AddOwnerAsync(Admin);
        await AddOwnerAsync(90000006);
        await GrantAsync(Permission.AddStructureOwner, GranteeKind.Character, Director);
        var admin = await SignedInViewerAsync(Admin);
        (await Factory.Get<OwnerAdministration>().SyncNowAsync(admin, 98000001, default)).Succeeded.Should().BeTrue();
        (await Factory.Get<OwnerAdministration>().SyncNowAsync(admin, 98000003, default)).Succeeded.Should().BeTrue();
        await Factory.Get<WebhookAdministration>().SaveAsync(admin, null, new WebhookForm { Name = "Ops", Url = "https://discord.com/api/webhooks/1/abc" }, default);
        await using var db = await DbAsync();
        return new Dictionary<string, string>
        {
            ["StructureId"] = (await db.Structures.Where(s => s.OwnerId == 98000001).Select(s => s.Id).FirstAsync()).ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["WebhookId"] = (await db.Webhooks.Select(w => w.Id).SingleAsync()).ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["secret"] = (await Factory.Get<global::Structures.Core.Timers.TimerFeeds>().CreateAsync(admin, default))!,
        };
    }

    private static string Fill(string route, Dictionary<string, string> values) =>
        Parameter().Replace(route, m => values.TryGetValue(m.Groups[1].Value, out var value) ? value : throw new InvalidOperationException($"No demo value for {{{m.Groups[1].Value}}} in {route}"));

    private static string OutcomeOf(HttpResponseMessage response)
    {
        var location = response.Headers.Location?.ToString() ?? "";
        var path = location.Length == 0 ? "" : new Uri(new Uri("http://app.test"), location).AbsolutePath;
        return (response.StatusCode, path) switch
        {
            (HttpStatusCode.OK, _) => nameof(Outcome.Ok),
            (HttpStatusCode.NotFound, _) => nameof(Outcome.NotFound),
            (HttpStatusCode.BadRequest, _) => nameof(Outcome.BadRequest),
            (HttpStatusCode.Redirect, "/auth/login") => nameof(Outcome.SignIn),
            (HttpStatusCode.Redirect, "/denied") => nameof(Outcome.Denied),
            (HttpStatusCode.Redirect, "/") => nameof(Outcome.ToHome),
            (HttpStatusCode.Redirect, _) when path.EndsWith("/v2/oauth/authorize", StringComparison.Ordinal) => nameof(Outcome.ToEveSso),
            _ => $"{(int)response.StatusCode} {location}",
        };
    }

    [GeneratedRegex(@"\{(\w+)(:[^}]*)?\}")]
    private static partial Regex Parameter();
}
