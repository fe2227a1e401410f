using Structures.Core.Structures;
using Structures.Core.Structures.Board;

namespace Structures.Tests.Core.Structures.Board;

public sealed class BoardFilterTests
{
    private static readonly DateTime Now = new(2026, 11, 23, 12, 0, 0, DateTimeKind.Utc);

    private static readonly StructureBoardRow[] Rows =
    [
        Row(1, "Alpha", 98000001, "Wayne Technologies", "Catch", "1-PGSG", StructureState.ShieldVulnerable, Now.AddDays(30), ["sov"]),
        Row(2, "Bravo", 98000001, "Wayne Technologies", "Catch", "GE-8JV", StructureState.ArmorReinforce, Now.AddDays(2), ["nullsec"]),
        Row(3, "Charlie", 98000002, "Wayne Foods", "Domain", "Amarr", StructureState.ShieldVulnerable, Now.AddDays(5), ["highsec"]),
        Row(4, "Delta", 98000002, "Wayne Foods", "Domain", "Amarr", StructureState.ShieldVulnerable, null, ["highsec"], StructureKind.CustomsOffice),
    ];

    [Fact]
    public void Kind_Owner_Tag_Region_System_And_State_AllNarrow()
    {
        Ids(new BoardFilter { Kind = StructureKind.Upwell, Sort = BoardSort.Location }).Should().Equal(1, 2, 3);
        Ids(new BoardFilter { OwnerIds = new HashSet<long> { 98000002 } }).Should().BeEquivalentTo([3, 4]);
        Ids(new BoardFilter { Tags = new HashSet<string>(StringComparer.OrdinalIgnoreCase) { "SOV", "nullsec" } }).Should().BeEquivalentTo([1, 2]);
        Ids(new BoardFilter { Region = "domain", Kind = StructureKind.Upwell }).Should().Equal(3);
        Ids(new BoardFilter { System = "GE-8JV" }).Should().Equal(2);
        Ids(new BoardFilter { States = new HashSet<StructureState> { StructureState.ArmorReinforce } }).Should().Equal(2);
    }

    [Fact]
    public void LowFuel_IsUnderAWeek_AndCountsLowPowerAsNoFuel()
    {
        var lowPower = Row(5, "Echo", 98000001, "Wayne Technologies", "Catch", "1-PGSG", StructureState.ShieldVulnerable, Now.AddDays(-1), []) with { PowerMode = PowerMode.LowPower };

        new BoardFilter { LowFuelOnly = true }.Apply([.. Rows, lowPower], Now).Select(r => r.Id).Should().BeEquivalentTo([2, 3, 5]);
        StructureBoardRow.LowFuelUnder.Should().Be(TimeSpan.FromDays(7));
    }

    [Fact]
    public void Chips_AddUp_AndNarrowTogetherWithTheSearch()
    {
        var attacked = Row(5, "Echo", 98000001, "Wayne Technologies", "Catch", "1-PGSG", StructureState.ShieldVulnerable, Now.AddDays(9), [])
            with { Overlay = new StructureOverlay(OverlayState.UnderAttack, Now.AddMinutes(-2), "StructureUnderAttack", null, null, Now.AddMinutes(13)) };
        var empty = Row(6, "Foxtrot", 98000001, "Wayne Technologies", "Catch", "1-PGSG", StructureState.ShieldVulnerable, Now.AddHours(20), []);
        var lowPower = Row(7, "Golf", 98000001, "Wayne Technologies", "Catch", "1-PGSG", StructureState.ShieldVulnerable, null, []) with { PowerMode = PowerMode.LowPower };
        StructureBoardRow[] rows = [.. Rows, attacked, empty, lowPower];

        Ids(rows, new BoardFilter { Chips = new HashSet<BoardChip> { BoardChip.Reinforced } }).Should().BeEquivalentTo([2]);
        Ids(rows, new BoardFilter { Chips = new HashSet<BoardChip> { BoardChip.Reinforced, BoardChip.UnderAttack } }).Should().BeEquivalentTo([2, 5]);
        Ids(rows, new BoardFilter { Chips = new HashSet<BoardChip> { BoardChip.FuelUnderDay } }).Should().BeEquivalentTo([6, 7]);
        Ids(rows, new BoardFilter { Chips = new HashSet<BoardChip> { BoardChip.LowPower } }).Should().BeEquivalentTo([7]);
        Ids(rows, new BoardFilter { Chips = new HashSet<BoardChip> { BoardChip.FuelUnderDay }, Search = "fox" }).Should().BeEquivalentTo([6]);
    }

    [Fact]
    public void Search_LooksAtNamesPlacesOwnersAndTags()
    {
        Ids(new BoardFilter { Search = " foods " }).Should().BeEquivalentTo([3, 4]);
        Ids(new BoardFilter { Search = "nullsec" }).Should().Equal(2);
        Ids(new BoardFilter { Search = "pgsg" }).Should().Equal(1);
    }

    [Fact]
    public void Sorts_ByUrgencyByDefault_ByLocation_AndByFuelWithUnknownLast()
    {
        Ids(new BoardFilter()).Should().Equal(2, 3, 1, 4);
        Ids(new BoardFilter { Sort = BoardSort.Location }).Should().Equal(1, 2, 3, 4);
        Ids(new BoardFilter { Sort = BoardSort.Fuel }).Should().Equal(2, 3, 1, 4);
        Ids(new BoardFilter { Sort = BoardSort.Name, Descending = true }).Should().Equal(4, 3, 2, 1);
    }

    [Fact]
    public void TabCounts_FollowTheOtherFilters()
    {
        var filter = new BoardFilter { Kind = StructureKind.Upwell, OwnerIds = new HashSet<long> { 98000002 } };

        filter.CountOf(Rows, StructureKind.Upwell, Now).Should().Be(1);
        filter.CountOf(Rows, StructureKind.CustomsOffice, Now).Should().Be(1);
        filter.CountOf(Rows, null, Now).Should().Be(2);
    }

    [Fact]
    public void Csv_QuotesWhatNeedsIt_AndDefusesFormulas()
    {
        var rows = new[] { Row(9, "=HYPERLINK(\"x\"), \"quoted\"", 98000001, "Wayne", "Catch", "1-PGSG", StructureState.ShieldVulnerable, Now.AddDays(1), []) with { Security = -0.2 } };

        var lines = BoardCsv.Write(rows).Split("\r\n");

        lines[0].Should().StartWith("Id,Owner,Alliance,Kind,Type,Name,");
        lines[1].Should().Contain("\"'=HYPERLINK(\"\"x\"\"), \"\"quoted\"\"\"").And.Contain(",-0.2,").And.Contain("2026-11-24 12:00");
    }

    private static IEnumerable<long> Ids(BoardFilter filter) => Ids(Rows, filter);

    private static IEnumerable<long> Ids(IEnumerable<StructureBoardRow> rows, BoardFilter filter) => filter.Apply(rows, Now).Select(r => r.Id);

    internal static StructureBoardRow Row(long id, string name, long ownerId, string owner, string region, string system, StructureState state, DateTime? fuel, string[] tags, StructureKind kind = StructureKind.Upwell) =>
        new(id, ownerId, owner, "Wayne Enterprises", kind, 35832, "Astrahus", name, 30000001 + id, system, region, 0.5, state, null, fuel, null, tags,
            [new BoardService("Clone Bay", true)], 18, CoreStatus.Present, true, null);
}
