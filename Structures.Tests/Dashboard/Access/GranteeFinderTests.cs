using Structures.Core.Access;
using Structures.Dashboard.Access;
using Structures.Tests.Infrastructure;

namespace Structures.Tests.Dashboard.Access;

public sealed class GranteeFinderTests : ComponentTest
{
    [Fact]
    public void Render_WithOneFound_NamesItBeforeAnythingIsGranted()
    {
        var search = GranteeSearch.Of([new Grantee(GranteeKind.Corporation, 98000004, "Dummy Corp")]);

        var cut = Render<GranteeFinder>(p => p.Add(c => c.Search, search));

        cut.Find("[data-testid=grantee-found]").TextContent.Should().ContainAll(
            "Found Dummy Corp (corporation, ID 98000004).", "It is chosen under Who: pick a permission and press Grant.");
    }

    [Fact]
    public void Render_WithTwoFound_AsksToChooseOne()
    {
        var search = GranteeSearch.Of([new Grantee(GranteeKind.Character, 1, "Twin"), new Grantee(GranteeKind.Corporation, 2, "Twin")]);

        var cut = Render<GranteeFinder>(p => p.Add(c => c.Search, search));

        cut.Find("[data-testid=grantee-found]").TextContent.Should().ContainAll(
            "Found Twin (character, ID 1) and Twin (corporation, ID 2).", "Choose one under Who, then pick a permission and press Grant.");
    }

    [Fact]
    public void Render_WithAProblem_ShowsItAsAWarning()
    {
        var cut = Render<GranteeFinder>(p => p.Add(c => c.Search, GranteeSearch.Failed("No character, corporation or alliance is called \"Joker\".")));

        var alert = cut.Find("[data-testid=grantee-found]");
        alert.TextContent.Trim().Should().Be("No character, corporation or alliance is called \"Joker\".");
        alert.ClassList.Should().Contain("mud-alert-text-warning");
    }

    [Fact]
    public void Find_AfterTypingAName_AsksForThatName()
    {
        var asked = new List<string>();
        var cut = Render<GranteeFinder>(p => p.Add(c => c.OnFind, (string text) => asked.Add(text)));

        cut.Find("input[data-testid=grantee-query]").Input("Dummy Corp");
        cut.Find("[data-testid=grantee-find]").Click();

        asked.Should().Equal("Dummy Corp");
    }
}
