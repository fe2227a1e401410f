using Microsoft.EntityFrameworkCore;
using Structures.Core.Data;
using Structures.Core.Live;
using Structures.Core.Structures.Board;
using Structures.Tests.Infrastructure;

namespace Structures.Tests.Core.Structures.Board;

// The board's shared read: boards that see the same owners share one read of the rows until a change is published
// or a few seconds pass; boards that see other owners never get those rows. The background jobs are off: a fetch
// publishing a change mid-test would rightly end the sharing these tests look at.
// Runs on PostgreSQL too (Core/Data/OnPostgresTests.cs).
public class StructureBoardTests : AppTest
{
    public StructureBoardTests()
        : this(DatabaseProvider.Sqlite)
    {
    }

    protected StructureBoardTests(DatabaseProvider provider)
        : base(new Dictionary<string, string?> { ["Structures:Scheduling:Enabled"] = "false" }, fakeClock: true, provider: provider)
    {
    }

    private const long Wayne = 98000001;
    private const long BadCompany = 98000003;

    public override async Task InitializeAsync()
    {
        await AddOwnerAsync(90000001);
        await AddOwnerAsync(90000006);
        await SyncAsync(Wayne);
        await SyncAsync(BadCompany);
    }

    [Fact]
    public async Task VisibleToAsync_TwoViewersOfTheSameVisibility_ShareOneRead()
    {
        var (director, officer) = (await SignedInViewerAsync(90000001), await SignedInViewerAsync(90000003));

        var first = await Board.VisibleToAsync(director, default);
        var second = await Board.VisibleToAsync(officer, default);

        first.Should().NotBeEmpty().And.OnlyContain(r => r.OwnerId == Wayne);
        second.Should().BeSameAs(first);
    }

    [Fact]
    public async Task VisibleToAsync_AfterAPublishedChange_ReadsAgain()
    {
        var viewer = await SignedInViewerAsync(90000001);
        var before = await Board.VisibleToAsync(viewer, default);
        var renamed = await RenameFirstAsync(Wayne, "Renamed Tower");

        var unpublished = await Board.VisibleToAsync(viewer, default);
        Factory.Get<DashboardEvents>().Publish(new StructuresChanged(Wayne));
        var published = await Board.VisibleToAsync(viewer, default);

        unpublished.Should().BeSameAs(before, "nothing was published and the read is fresh");
        published.Should().NotBeSameAs(before);
        published.Single(r => r.Id == renamed).Name.Should().Be("Renamed Tower");
    }

    [Fact]
    public async Task VisibleToAsync_SharedReadOlderThanAFewSeconds_IsReadAgain()
    {
        var viewer = await SignedInViewerAsync(90000001);
        var before = await Board.VisibleToAsync(viewer, default);
        var renamed = await RenameFirstAsync(Wayne, "Renamed Tower");

        Clock.Advance(TimeSpan.FromSeconds(6));
        var later = await Board.VisibleToAsync(viewer, default);

        later.Should().NotBeSameAs(before);
        later.Single(r => r.Id == renamed).Name.Should().Be("Renamed Tower");
    }

    [Fact]
    public async Task VisibleToAsync_ViewersOfDifferentVisibility_NeverSeeEachOthersRows()
    {
        var (wayneMember, badMember) = (await SignedInViewerAsync(90000003), await SignedInViewerAsync(90000008));

        var reads = await Task.WhenAll(
            Board.VisibleToAsync(wayneMember, default), Board.VisibleToAsync(badMember, default),
            Board.VisibleToAsync(wayneMember, default), Board.VisibleToAsync(badMember, default));

        reads[0].Should().NotBeEmpty().And.OnlyContain(r => r.OwnerId == Wayne);
        reads[1].Should().NotBeEmpty().And.OnlyContain(r => r.OwnerId == BadCompany);
        reads[2].Should().BeSameAs(reads[0]);
        reads[3].Should().BeSameAs(reads[1]);
    }

    private StructureBoard Board => Factory.Get<StructureBoard>();

    private async Task<long> RenameFirstAsync(long ownerId, string name)
    {
        await using var db = await DbAsync();
        var structure = await db.Structures.Where(s => s.OwnerId == ownerId).OrderBy(s => s.Id).FirstAsync();
        structure.Name = name;
        await db.SaveChangesAsync();
        return structure.Id;
    }
}
