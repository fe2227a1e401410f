using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.WebUtilities;
using Structures.Core.Structures;
using Structures.Core.Structures.Board;
using Structures.Dashboard.Structures;

namespace Structures.Tests.Dashboard.Structures;

public sealed class BoardQueryTests
{
    [Fact]
    public void ToQuery_ThenFromQuery_GivesTheSameBoard()
    {
        var filter = new BoardFilter
        {
            Kind = StructureKind.Starbase, OwnerIds = new HashSet<long> { 98000002 }, Tags = new HashSet<string> { "sov" }, Region = "Catch",
            Search = "pos gamma", LowFuelOnly = true, Chips = new HashSet<BoardChip> { BoardChip.UnderAttack, BoardChip.Reinforced },
            Sort = BoardSort.Fuel, Descending = true,
        };

        var query = BoardQuery.ToQuery(filter, 50);
        var read = Parse(query);

        query.Should().Be("?tab=Starbase&owner=98000002&tag=sov&region=Catch&q=pos%20gamma&lowFuel=true&chips=Reinforced,UnderAttack&sort=Fuel&desc=true&size=50");
        BoardQuery.FromQuery(read).Should().BeEquivalentTo(filter);
        BoardQuery.PageSizeFrom(read).Should().Be(50);
    }

    [Fact]
    public void ToQuery_LeavesDefaultsOut()
    {
        BoardQuery.ToQuery(new BoardFilter()).Should().BeEmpty();
    }

    [Theory]
    [InlineData("?tab=3&sort=99&chips=7,Bogus&size=33&owner=-5&state=-1")]
    [InlineData("?tab=Nowhere&sort=%3Cscript%3E&chips=,,,&size=1000000000000&owner=abc")]
    public void FromQuery_IgnoresHostileValues(string query)
    {
        var read = Parse(query);

        BoardQuery.FromQuery(read).Should().BeEquivalentTo(new BoardFilter());
        BoardQuery.PageSizeFrom(read).Should().BeNull();
    }

    [Fact]
    public void FromQuery_IgnoresOverlongText()
    {
        var read = Parse("?q=" + new string('x', 101) + "&region=" + new string('y', 500));

        var filter = BoardQuery.FromQuery(read);

        filter.Search.Should().BeEmpty();
        filter.Region.Should().BeNull();
    }

    private static QueryCollection Parse(string query) => new(QueryHelpers.ParseQuery(query));
}
