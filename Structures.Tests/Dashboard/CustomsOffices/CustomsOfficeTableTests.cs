using Structures.Core.Structures.CustomsOffices;
using Structures.Dashboard.CustomsOffices;
using Structures.Tests.Infrastructure;

namespace Structures.Tests.Dashboard.CustomsOffices;

public sealed class CustomsOfficeTableTests : ComponentTest
{
    private static readonly CustomsOfficeRow Own = new(
        1, 98000003, "Bad Company", "Big Bad Alliance", "Aridia III", "Planet (Barren)", 30000001, "Tanoo", 0.9, "Derelik",
        new CustomsOfficeTerms(true, 0.02, TaxBasis.Corporation), MayOpen: true);

    private static readonly CustomsOfficeRow Public = new(
        2, 98000001, "Wayne Technologies", null, "Gotham I", null, 30000002, "Gotham", -0.3, "Delve",
        new CustomsOfficeTerms(false, null, TaxBasis.NeutralStanding), MayOpen: false);

    [Fact]
    public void Render_ShowsTaxAndAccess_AndLinksOnlyWhatTheViewerMayOpen()
    {
        var cut = Render<CustomsOfficeTable>(p => p.Add(c => c.Rows, [Own, Public]));

        cut.Find("[data-testid=poco-access-1]").TextContent.Trim().Should().Be("Yes");
        cut.Find("[data-testid=poco-tax-1]").TextContent.Should().Contain("2 %").And.Contain("corporation rate");
        cut.Find("[data-testid=poco-access-2]").TextContent.Trim().Should().Be("No");
        cut.Find("[data-testid=poco-tax-2]").TextContent.Should().Contain("-").And.Contain("at neutral standing");
        cut.Find("[data-testid=poco-1] a").GetAttribute("href").Should().Be("/structures/1");
        cut.FindAll("[data-testid=poco-2] a").Should().BeEmpty();
        cut.Find("[data-testid=poco-2]").TextContent.Trim().Should().Be("Gotham I");
        cut.Find("[data-testid=poco-neutral-hint]").TextContent.Should().Contain("neutral standing");
        cut.Find("[data-testid=poco-count]").TextContent.Should().Be("2 customs offices");
    }

    [Fact]
    public void Filter_ByRegion_KeepsOnlyItsOffices()
    {
        var cut = Render<CustomsOfficeTable>(p => p.Add(c => c.Rows, [Own, Public]));

        cut.Find("input[data-testid=poco-filter]").Input("delve");

        cut.FindAll("[data-testid^=poco-access-]").Select(e => e.GetAttribute("data-testid")).Should().Equal("poco-access-2");
        cut.Find("[data-testid=poco-count]").TextContent.Should().Be("1 customs offices");
    }

    [Fact]
    public void Render_WithoutOffices_SaysSo()
    {
        var cut = Render<CustomsOfficeTable>(p => p.Add(c => c.Rows, []));

        cut.Find("[data-testid=poco-empty]").TextContent.Should().Be("No customs offices to show.");
        cut.FindAll("[data-testid=poco-neutral-hint]").Should().BeEmpty();
    }
}
