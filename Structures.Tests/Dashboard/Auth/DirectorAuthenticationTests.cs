using Microsoft.AspNetCore.WebUtilities;
using Microsoft.EntityFrameworkCore;
using Structures.Core.Access;
using Structures.Core.Sso;
using Structures.Tests.Infrastructure;

namespace Structures.Tests.Dashboard.Auth;

// "Add structure owner" through the whole EVE SSO round, as a user who edits the request can drive it.
public sealed class DirectorAuthenticationTests : AppTest
{
    private const long Alfred = 90000003, Selina = 90000004, BadDude = 90000006;

    [Fact]
    public async Task AddOwner_ComesBackToTheOneCallbackSignInUses_AddsTheOwner_AndKeepsTheSession()
    {
        await GrantAsync(Permission.AddStructureOwner, GranteeKind.Character, BadDude);
        using var badDude = await SignedInClientAsync(BadDude);
        using var challenge = await badDude.GetAsync("/owners/add");
        var redirectUri = QueryHelpers.ParseQuery(challenge.Headers.Location!.Query)["redirect_uri"].ToString();

        var landing = await SsoRoundTripAsync(badDude, "/owners/add", BadDude);
        using var stillSignedIn = await badDude.GetAsync("/owners");

        new Uri(redirectUri).AbsolutePath.Should().Be("/signin-eve", "EVE registers one callback URL per application");
        QueryHelpers.ParseQuery(new Uri(new Uri("http://structures.test"), landing).Query)["ok"].ToString().Should().Be("true");
        stillSignedIn.StatusCode.Should().Be(System.Net.HttpStatusCode.OK);
        await using var db = await DbAsync();
        (await db.OwnerCharacters.SingleAsync()).CharacterId.Should().Be(BadDude);
    }

    [Fact]
    public async Task AddOwner_AMemberWhoDropsTheRolesScope_IsNotAccepted()
    {
        await GrantAsync(Permission.AddStructureOwner, GranteeKind.Character, Alfred);
        using var alfred = await SignedInClientAsync(Alfred);

        var landing = await SsoRoundTripAsync(alfred, "/owners/add", Alfred, form => form["scope"] = string.Join(' ', EveScopes.Director.Where(s => s != EveScopes.Roles)));

        Message(landing).Should().Be($"EVE did not grant the scope(s) {EveScopes.Roles}. Please accept every requested scope.");
        await AssertNoOwnerAsync();
    }

    [Fact]
    public async Task AddOwner_AMemberWithEveryScope_IsNotADirector()
    {
        await GrantAsync(Permission.AddStructureOwner, GranteeKind.Character, Alfred);
        using var alfred = await SignedInClientAsync(Alfred);

        var landing = await SsoRoundTripAsync(alfred, "/owners/add", Alfred);

        Message(landing).Should().Be("Alfred Pennyworth is not a director of their corporation: only directors can add it as a structure owner.");
        await AssertNoOwnerAsync();
    }

    [Fact]
    public async Task AddOwner_WhenEsiCannotTellTheRoles_FailsClosed()
    {
        await GrantAsync(Permission.AddStructureOwner, GranteeKind.Character, Selina);
        using var selina = await SignedInClientAsync(Selina);
        await InjectFaultAsync(new { target = $"/sim/esi/characters/{Selina}/roles", kind = "Status", status = 502, count = 50 });

        var landing = await SsoRoundTripAsync(selina, "/owners/add", Selina);

        Message(landing).Should().StartWith("ESI could not confirm that Selina Kyle has the Director role (").And.EndWith("). Nothing was changed; please try again.");
        await AssertNoOwnerAsync();
    }

    private static string Message(string landing)
    {
        var query = QueryHelpers.ParseQuery(new Uri(new Uri("http://structures.test"), landing).Query);
        query["ok"].ToString().Should().Be("false");
        return query["message"].ToString();
    }

    private async Task AssertNoOwnerAsync()
    {
        await using var db = await DbAsync();
        (await db.Owners.CountAsync()).Should().Be(0);
        (await db.OwnerCharacters.CountAsync()).Should().Be(0);
    }
}
