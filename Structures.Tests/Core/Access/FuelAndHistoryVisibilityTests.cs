using Microsoft.EntityFrameworkCore;
using Structures.Core.Access;
using Structures.Core.Notifications;
using Structures.Core.Structures;
using Structures.Core.Structures.Fuel;
using Structures.Core.Structures.History;
using Structures.Tests.Infrastructure;

namespace Structures.Tests.Core.Access;

// The fuel picture, its CSV and a structure's history, for Edward Nygma of Bad Company: nothing of Wayne's.
public sealed class FuelAndHistoryVisibilityTests : AppTest
{
    private const long Wayne = 98000001;
    private const long BadCompany = 98000003;
    private const long Nygma = 90000008;

    private long _wayneStructure;
    private long _badStructure;

    public override async Task InitializeAsync()
    {
        await AddOwnerAsync(90000001);
        await AddOwnerAsync(90000006);
        await SyncAsync(Wayne);
        await SyncAsync(BadCompany);
        await using var db = await DbAsync();
        _wayneStructure = await db.Structures.Where(s => s.OwnerId == Wayne && s.Kind == StructureKind.Upwell).OrderBy(s => s.Id).Select(s => s.Id).FirstAsync();
        _badStructure = await db.Structures.Where(s => s.OwnerId == BadCompany && s.Kind == StructureKind.Upwell).OrderBy(s => s.Id).Select(s => s.Id).FirstAsync();
        var at = Factory.Get<TimeProvider>().GetUtcNow().UtcDateTime.AddMinutes(-5);
        foreach (var (owner, structure, id) in new[] { (Wayne, _wayneStructure, 1L), (BadCompany, _badStructure, 2L) })
        {
            db.Notifications.Add(new Notification
            {
                OwnerId = owner, NotificationId = id, Type = "StructureUnderAttack", SenderId = 1000137, SenderType = "corporation", Timestamp = at,
                Text = $"structureID: {structure}\nshieldPercentage: 50.0\n", ContentKey = $"key-{id}", IsKnownType = true, ReceivedAt = at, StructureId = structure,
            });
        }

        await db.SaveChangesAsync();
    }

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
    public async Task FuelPage_ShowsNothingOfAnotherAlliance()
    {
        using var nygma = await SignedInClientAsync(Nygma);

        var html = await nygma.GetStringAsync("/fuel");

        html.Should().Contain("Bad Company").And.NotContain("Wayne");
    }

    [Fact]
    public async Task History_OfAnotherAlliancesStructure_IsNothing_OfTheirOwnIsThere()
    {
        var viewer = await SignedInViewerAsync(Nygma);
        var history = Factory.Get<StructureHistory>();

        (await history.ForAsync(viewer, _wayneStructure, null, 50, default)).Should().BeNull();
        (await history.ForAsync(viewer, _badStructure, null, 50, default))!.Events.Should().ContainSingle().Which.NotificationId.Should().Be(2);
    }
}
