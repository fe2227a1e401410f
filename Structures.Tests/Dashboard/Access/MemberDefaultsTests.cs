using Structures.Core.Access;
using Structures.Dashboard.Access;
using Structures.Tests.Infrastructure;

namespace Structures.Tests.Dashboard.Access;

public sealed class MemberDefaultsTests : ComponentTest
{
    [Fact]
    public void Render_TicksWhatMembersHold_AndExplainsEveryPermission()
    {
        var cut = Render<MemberDefaults>(p => p.Add(c => c.Held, new HashSet<Permission> { Permission.BasicAccess, Permission.ViewCorporationStructures }));

        Ticked(cut).Should().BeEquivalentTo(["BasicAccess", "ViewCorporationStructures"]);
        cut.Find("[data-testid=member-defaults]").TextContent.Should()
            .Contain("View unanchoring of all visible structures")
            .And.Contain("Without it, unanchoring shows only for the user's own corporations' structures.")
            .And.Contain("View corporation structures");
    }

    [Fact]
    public void Click_OnAPermission_AsksToChangeIt()
    {
        var changes = new List<MemberDefaultChange>();
        var cut = Render<MemberDefaults>(p => p.Add(c => c.Held, new HashSet<Permission> { Permission.ViewCorporationStructures })
            .Add(c => c.OnChange, (MemberDefaultChange change) => changes.Add(change)));

        cut.Find("[data-testid=member-default-ViewStructureFit] input, input[data-testid=member-default-ViewStructureFit]").Change(true);
        cut.Find("[data-testid=member-default-ViewCorporationStructures] input, input[data-testid=member-default-ViewCorporationStructures]").Change(false);

        changes.Should().Equal(new MemberDefaultChange(Permission.ViewStructureFit, true), new MemberDefaultChange(Permission.ViewCorporationStructures, false));
    }

    private static IEnumerable<string> Ticked(IRenderedComponent<MemberDefaults> cut) =>
        cut.FindAll("[data-testid^=member-default-]")
            .Where(e => (e.TagName == "INPUT" ? e : e.QuerySelector("input"))?.HasAttribute("checked") == true)
            .Select(e => e.GetAttribute("data-testid")!["member-default-".Length..]);
}
