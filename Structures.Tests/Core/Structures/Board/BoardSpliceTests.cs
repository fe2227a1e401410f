using Structures.Core.Live;
using Structures.Core.Structures;
using Structures.Core.Structures.Board;

namespace Structures.Tests.Core.Structures.Board;

public sealed class BoardSpliceTests
{
    [Fact]
    public void Of_RenamedAddedAndRemoved_KeepsTheOthersAndPutsTheReadRowsInNameOrder()
    {
        List<StructureBoardRow> before = [Row(1, "Alpha"), Row(2, "Bravo"), Row(3, "Charlie"), Row(4, "Delta")];

        var after = BoardSplice.Of(before, [Row(5, "Able"), Row(2, "Echo")], new HashSet<long> { 2, 3, 5 });

        after.Select(r => (r.Id, r.Name)).Should().Equal((5, "Able"), (1, "Alpha"), (4, "Delta"), (2, "Echo"));
        after[1].Should().BeSameAs(before[0]);
    }

    [Fact]
    public void ByName_OrdersAsTheDatabasesDo_ByteOrderOfUtf8()
    {
        string[] names = ["b", "B", "a", "\uFF21 wide", "\U0001F680 rocket", "Z", "é"];

        names.Order(BoardSplice.ByName).Should().Equal(names.OrderBy(n => System.Text.Encoding.UTF8.GetBytes(n), Comparer<byte[]>.Create(Bytes)));
    }

    [Fact]
    public void Named_ChangesOfStructuresOnly_GivesTheirIds_AndAnythingElseNone()
    {
        BoardSplice.Named([StructuresChanged.Naming(1, [7, 8]), new StructureRefueled(1, 9, DateTime.UnixEpoch), new TimersChanged(1), new NotificationsReceived(1, [3])])
            .Should().BeEquivalentTo([7L, 8L, 9L]);
        BoardSplice.Named([StructuresChanged.Naming(1, [7]), new StructuresChanged(1)]).Should().BeNull();
        BoardSplice.Named([new OwnerStatusChanged(1)]).Should().BeNull();
        BoardSplice.Named([StructuresChanged.Naming(1, [7]), new OwnerStatusChanged(2, StructuresUnchanged: true)]).Should().BeEquivalentTo([7L],
            "a sync that found nothing new changed no row");
        BoardSplice.Named(null).Should().BeNull();
    }

    private static int Bytes(byte[]? x, byte[]? y) => x!.AsSpan().SequenceCompareTo(y);

    private static StructureBoardRow Row(long id, string name) =>
        BoardFilterTests.Row(id, name, 1, "Wayne", "Catch", "1-PGSG", StructureState.ShieldVulnerable, null, []);
}
