using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.Extensions.DependencyInjection;
using Structures.Core.Access;
using Structures.Core.Webhooks;
using Structures.Dashboard.Auth;
using Structures.Tests.Infrastructure;

namespace Structures.Tests.Dashboard.Auth;

// An open page keeps its sign-in: these hold one the way a circuit does and watch what a revoked admin and a sold
// character can still do there.
public sealed class SessionRevalidationTests() : AppTest(new Dictionary<string, string?>
{
    ["Structures:AdminCharacterIds:0"] = "90000001",
    ["Sessions:RecheckInterval"] = "00:00:00.020",
})
{
    private const long BadDude = 90000006;

    [Fact]
    public async Task RevokedAdmin_NextActionIsRefused_AndTheOpenPageIsAuthorizedAgain()
    {
        var admin = await SignedInViewerAsync(90000001);
        using var browser = await SignInAsync(BadDude);
        await Factory.Get<GrantAdministration>().GrantAsync(admin, Permission.ManageSettings, GranteeKind.Character, BadDude, default);
        await using var circuit = Factory.Services.CreateAsyncScope();
        var (page, changed) = Open(circuit, browser);
        var badDude = browser.Principal().ViewerId();
        var webhooks = Factory.Get<WebhookAdministration>();
        var given = await page.KnownPowers;
        var allowed = await webhooks.SaveAsync(badDude, null, new WebhookForm { Name = "Before", Url = "https://discord.com/api/webhooks/1/a" }, default);
        var grant = (await Factory.Get<GrantAdministration>().ListAsync(admin, default)).Single(g => g.GranteeId == BadDude);

        await Factory.Get<GrantAdministration>().RevokeAsync(admin, grant.Id, default);
        var refused = await webhooks.SaveAsync(badDude, null, new WebhookForm { Name = "After", Url = "https://discord.com/api/webhooks/2/b" }, default);
        var state = await changed.Task.WaitAsync(TimeSpan.FromMinutes(1));

        given.Should().Contain(nameof(Permission.ManageSettings));
        allowed.Succeeded.Should().BeTrue();
        refused.Should().Be(ChangeResult.NotPermitted);
        state.User.Identity!.IsAuthenticated.Should().BeTrue("the user is still signed in, only with less to do");
        (await Authorize(state, Permission.ManageSettings)).Should().BeFalse();
        (await Authorize(new AuthenticationState(browser.Principal()), Permission.ManageSettings)).Should().BeFalse();
    }

    [Fact]
    public async Task SoldCharacter_OpenPageIsSignedOut()
    {
        await AddOwnerAsync(BadDude);
        using var browser = await SignInAsync(BadDude);
        await using var circuit = Factory.Services.CreateAsyncScope();
        var (page, changed) = Open(circuit, browser);
        await page.KnownPowers;

        await Http.PostAsync($"/sim/control/characters/{BadDude}/transfer", null);
        using var buyer = await SignedInClientAsync(BadDude);
        var state = await changed.Task.WaitAsync(TimeSpan.FromMinutes(1));

        state.User.Identity!.IsAuthenticated.Should().BeFalse();
    }

    private async Task<SignedInBrowser> SignInAsync(long characterId)
    {
        var browser = new SignedInBrowser(Factory);
        await SsoRoundTripAsync(browser.Http, "/auth/login?returnUrl=/", characterId);
        return browser;
    }

    // What the framework does when a circuit starts: the page's state provider gets the request's user.
    private static (SessionRevalidation Page, TaskCompletionSource<AuthenticationState> Changed) Open(AsyncServiceScope circuit, SignedInBrowser browser)
    {
        var page = (SessionRevalidation)circuit.ServiceProvider.GetRequiredService<AuthenticationStateProvider>();
        page.SetAuthenticationState(Task.FromResult(new AuthenticationState(browser.Principal())));
        var changed = new TaskCompletionSource<AuthenticationState>(TaskCreationOptions.RunContinuationsAsynchronously);
        page.AuthenticationStateChanged += async state => changed.TrySetResult(await state);
        return (page, changed);
    }

    [Fact]
    public async Task ACheckCutShortByTheClosingPage_DecidesNothing_AndLogsNothing()
    {
        using var browser = await SignInAsync(BadDude);
        await using var circuit = Factory.Services.CreateAsyncScope();
        var (page, _) = Open(circuit, browser);
        var validate = typeof(SessionRevalidation).GetMethod("ValidateAuthenticationStateAsync", System.Reflection.BindingFlags.NonPublic | System.Reflection.BindingFlags.Instance)!;

        var kept = await (Task<bool>)validate.Invoke(page, [new AuthenticationState(browser.Principal()), new CancellationToken(canceled: true)])!;

        kept.Should().BeTrue("a closing page is not a reason to sign anyone out");
    }

    private async Task<bool> Authorize(AuthenticationState state, Permission permission)
    {
        await using var scope = Factory.Services.CreateAsyncScope();
        return (await scope.ServiceProvider.GetRequiredService<IAuthorizationService>().AuthorizeAsync(state.User, permission.ToString())).Succeeded;
    }
}
