using Structures.Core.Access;
using Structures.Core.Structures.Fuel;
using Structures.Core.Structures.History;

namespace Structures.Tests.Core.Access;

// The fuel picture, its CSV and a structure's history show Edward Nygma nothing of Wayne's.
public sealed class FuelAndHistoryVisibilityTests : TwoAlliancesTest
{
    [Fact]
    public async Task FuelPicture_OfAMember_SumsOnlyTheirCorporation()
    {
        var report = await Factory.Get<FuelPicture>().ForAsync(await SignedInViewerAsync(Nygma), default);

        report.ByOwner.Select(t => t.Group).Distinct().Should().Equal("Bad Company");
        report.BySystem.Should().NotBeEmpty().And.OnlyContain(t => !t.Group.Contains("Wayne", StringComparison.Ordinal));
        report.Fleet.Single(t => t.Fuel == FuelKind.StarbaseFuel).Week!.Need.Should().BePositive("Bad POS is online");
        report.Fleet.Sum(t => t.Stock).Should().Be(report.ByOwner.Sum(t => t.Stock));
    }

    [Fact]
    public async Task FuelPicture_WithViewAll_SumsEveryOwner()
    {
        await GrantAsync(Permission.ViewAllStructures, GranteeKind.Character, Nygma);

        var report = await Factory.Get<FuelPicture>().ForAsync(await SignedInViewerAsync(Nygma), default);

        report.ByOwner.Select(t => t.Group).Distinct().Should().BeEquivalentTo(["Bad Company", "Wayne Technologies"]);
    }

    [Fact]
    public async Task FuelCsv_HoldsOnlyVisibleOwners()
    {
        using var nygma = await SignedInClientAsync(Nygma);
        using var stranger = await SignedInClientAsync(90000010);

        var csv = await nygma.GetStringAsync("/fuel/export.csv");
        var nothing = await stranger.GetStringAsync("/fuel/export.csv");

        csv.Should().Contain("Owner,Bad Company,").And.NotContain("Wayne");
        nothing.Trim('\uFEFF').Trim().Split("\r\n").Should().ContainSingle("only the header");
    }

    [Fact]
    public async Task History_OfAnotherAlliancesStructure_IsNothing_OfTheirOwnIsThere()
    {
        var viewer = await SignedInViewerAsync(Nygma);
        var history = Factory.Get<StructureHistory>();

        (await history.ForAsync(viewer, WayneStructure, null, 50, default)).Should().BeNull();
        (await history.ForAsync(viewer, BadStructure, null, 50, default))!.Events.Should().ContainSingle().Which.NotificationId.Should().Be(2);
    }
}
