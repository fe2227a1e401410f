using Structures.Core.Structures;
using Structures.Core.Structures.Board;

namespace Structures.Tests.Core.Structures.Board;

public sealed class StructureBoardRowTests
{
    private static readonly DateTime Now = new(2026, 11, 23, 12, 0, 0, DateTimeKind.Utc);

    [Fact]
    public void Equals_RowReadAgainWithTheSameContent_IsEqual()
    {
        var first = Row() with { CustomsOffice = Office(0.05) };
        var again = Row() with { CustomsOffice = Office(0.05) };

        again.Should().Be(first);
        again.GetHashCode().Should().Be(first.GetHashCode());
    }

    [Fact]
    public void Equals_ListsOrCustomsOfficeDiffer_IsNotEqual()
    {
        var row = Row() with { CustomsOffice = Office(0.05) };

        (row with { Tags = ["sov", "staging"] }).Should().NotBe(row);
        (row with { Services = [new BoardService("Clone Bay", false)] }).Should().NotBe(row);
        (row with { CustomsOffice = Office(0.1) }).Should().NotBe(row);
        (row with { CustomsOffice = null }).Should().NotBe(row);
        (row with { Name = "Renamed" }).Should().NotBe(row);
        (row with { Overlay = new StructureOverlay(OverlayState.UnderAttack, Now, "StructureUnderAttack", null, null) }).Should().NotBe(row);
    }

    private static StructureBoardRow Row() =>
        BoardFilterTests.Row(1, "Alpha", 1, "Wayne", "Catch", "1-PGSG", StructureState.ShieldVulnerable, Now.AddDays(3), ["sov"]);

    private static CustomsOfficeDetail Office(double corporationTax) =>
        new() { StructureId = 1, CorporationTaxRate = corporationTax, ReinforceExitStart = 18, ReinforceExitEnd = 20 };
}
