using Microsoft.EntityFrameworkCore;
using Structures.Core.Access;
using Structures.Tests.Infrastructure;

namespace Structures.Tests.Core.Access;

public sealed class GranteeLookupTests() : AppTest(new Dictionary<string, string?> { ["Structures:AdminCharacterIds:0"] = "90000001" })
{
    private const long Admin = 90000001, Member = 90000003;

    [Fact]
    public async Task FindAsync_ExactCorporationNameInAnyCase_FindsItInEve()
    {
        var admin = await SignedInViewerAsync(Admin);

        var search = await Factory.Get<GranteeLookup>().FindAsync(admin, "  dummy corp ", default);

        search.Should().BeEquivalentTo(new GranteeSearch([new Grantee(GranteeKind.Corporation, 98000004, "Dummy Corp")], null));
    }

    [Fact]
    public async Task FindAsync_AllianceId_FindsItsName()
    {
        var admin = await SignedInViewerAsync(Admin);

        var search = await Factory.Get<GranteeLookup>().FindAsync(admin, "99000002", default);

        search.Should().BeEquivalentTo(new GranteeSearch([new Grantee(GranteeKind.Alliance, 99000002, "Big Bad Alliance")], null));
    }

    [Fact]
    public async Task FindAsync_NameNobodyBears_SaysSoAndFindsNobody()
    {
        var admin = await SignedInViewerAsync(Admin);

        var search = await Factory.Get<GranteeLookup>().FindAsync(admin, "Joker", default);

        search.Found.Should().BeEmpty();
        search.Problem.Should().Be("No character, corporation or alliance is called \"Joker\". EVE matches whole names only: check the spelling.");
    }

    [Fact]
    public async Task FindAsync_IdOfASolarSystem_SaysNoCharacterCorporationOrAlliance()
    {
        var admin = await SignedInViewerAsync(Admin);

        var search = await Factory.Get<GranteeLookup>().FindAsync(admin, "30000474", default);

        search.Found.Should().BeEmpty();
        search.Problem.Should().Be("EVE knows no character, corporation or alliance with ID 30000474.");
    }

    [Fact]
    public async Task FindAsync_WhenEsiIsDown_SaysEveCouldNotBeAsked()
    {
        var admin = await SignedInViewerAsync(Admin);
        await InjectFaultAsync(new { target = "/sim/esi/universe/ids", kind = "Status", status = 500 });

        var search = await Factory.Get<GranteeLookup>().FindAsync(admin, "Dummy Corp", default);

        search.Found.Should().BeEmpty();
        search.Problem.Should().StartWith("Could not ask EVE who \"Dummy Corp\" is: ESI is not answering (HTTP 500)")
            .And.EndWith("Try again in a few minutes, or grant by ID.");
    }

    [Fact]
    public async Task FindAsync_AsAPlainMember_IsRefused()
    {
        var member = await SignedInViewerAsync(Member);

        var search = await Factory.Get<GranteeLookup>().FindAsync(member, "Dummy Corp", default);

        search.Should().BeEquivalentTo(new GranteeSearch([], ChangeResult.NotPermitted.Message));
    }

    [Fact]
    public async Task GrantAsync_ToACorporationOnlyEveKnows_GrantsItUnderItsEveName()
    {
        var admin = await SignedInViewerAsync(Admin);

        var result = await Factory.Get<GrantAdministration>().GrantAsync(admin, Permission.ViewAllStructures, GranteeKind.Corporation, 98000004, default);

        result.Should().Be(ChangeResult.Done($"Dummy Corp now has \"{Permission.ViewAllStructures.Label()}\"."));
        await using var db = await DbAsync();
        (await db.PermissionGrants.SingleAsync(g => g.GranteeKind == GranteeKind.Corporation)).Should().BeEquivalentTo(new { GranteeKind = GranteeKind.Corporation, GranteeId = 98000004L, GranteeName = "Dummy Corp" });
    }

    [Fact]
    public async Task GrantAsync_IdOfAnotherKind_IsRefused()
    {
        var admin = await SignedInViewerAsync(Admin);

        var result = await Factory.Get<GrantAdministration>().GrantAsync(admin, Permission.ViewAllStructures, GranteeKind.Alliance, 98000004, default);

        result.Should().Be(ChangeResult.Refused("EVE knows no alliance with ID 98000004, or could not be asked just now."));
    }
}
