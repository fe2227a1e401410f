using System.Net;
using Microsoft.EntityFrameworkCore;
using Structures.Core.Owners;
using Structures.Tests.Infrastructure;

namespace Structures.Tests.Dashboard.Access;

// A user whose character stopped syncing an owner is told so, with the reason and what to do; nobody else is.
public sealed class DisabledCharactersTests() : AppTest
{
    private const string Reason = "Bruce Wayne is not a director of Wayne Technologies any more.";

    [Fact]
    public async Task OfAsync_TheUsersOwnDisabledCharacter_WithItsReason_AndNoneForAnotherUser()
    {
        await DisableBruceAsync();
        var disabled = Factory.Get<DisabledSyncCharacters>();

        var bruce = await disabled.OfAsync(await SignedInViewerAsync(90000001), default);
        var other = await disabled.OfAsync(await SignedInViewerAsync(90000002), default);

        bruce.Should().ContainSingle().Which.Should().BeEquivalentTo(new { CharacterId = 90000001L, CharacterName = "Bruce Wayne", OwnerId = 98000001L, OwnerName = "Wayne Technologies", Reason });
        other.Should().BeEmpty();
    }

    [Theory]
    [InlineData("/characters")]
    [InlineData("/")]
    public async Task Page_ShowsTheDisabledCharacterAndWhatToDo_OnlyToItsUser(string page)
    {
        await DisableBruceAsync();
        using var bruce = await SignedInClientAsync(90000001);
        using var other = await SignedInClientAsync(90000002);

        var mine = await bruce.GetStringAsync(page);
        var theirs = await other.GetStringAsync(page);

        mine.Should().Contain("data-testid=\"disabled-character-90000001-98000001\"");
        mine.Should().Contain(WebUtility.HtmlEncode($"Why: {Reason}"));
        mine.Should().Contain("Bruce Wayne no longer syncs Wayne Technologies");
        mine.Should().Contain("Sign in again with Bruce Wayne").And.Contain("action=\"/owners/add\"");
        theirs.Should().NotContain("disabled-character-").And.NotContain(WebUtility.HtmlEncode(Reason));
    }

    private async Task DisableBruceAsync()
    {
        await AddOwnerAsync(90000001);
        await using var db = await DbAsync();
        (await db.OwnerCharacters.SingleAsync(c => c.CharacterId == 90000001)).Disable(Reason, Factory.Get<TimeProvider>().GetUtcNow().UtcDateTime);
        await db.SaveChangesAsync();
    }
}
