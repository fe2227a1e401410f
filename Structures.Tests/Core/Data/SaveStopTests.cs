using Microsoft.EntityFrameworkCore;
using Structures.Core.Data;
using Structures.Core.Structures;
using Structures.Tests.Infrastructure;

namespace Structures.Tests.Core.Data;

// A host stopping while a save is under way: the save runs to its end rather than cancel its commit or savepoint part
// way, which leaves the outcome unknown and logs "An error occurred using a transaction". A save asked to stop before
// it starts writes nothing.
public class SaveStopTests : AppTest
{
    public SaveStopTests()
        : this(DatabaseProvider.Sqlite)
    {
    }

    protected SaveStopTests(DatabaseProvider provider)
        : base(fakeClock: true, provider: provider, services: StopAtCommit.AddTo)
    {
    }

    [Fact]
    public async Task Save_StoppedAsItsCommitBegins_IsCommitted_AndLogsNoTransactionError()
    {
        using var stopping = new CancellationTokenSource();
        StopAtCommit.Arm<StructureTag>(stopping);
        await using (var db = await DbAsync())
        {
            // Two rows: EF wraps the save in a transaction of its own and commits it.
            db.StructureTags.AddRange(new StructureTag { Name = "stop-a" }, new StructureTag { Name = "stop-b" });
            await db.SaveChangesAsync(stopping.Token);
        }

        stopping.IsCancellationRequested.Should().BeTrue("the stop came while the save was being committed");
        Factory.TakeUnexpectedLogs().Should().BeEmpty();
        (await TagNamesAsync()).Should().Contain(["stop-a", "stop-b"]);
    }

    [Fact]
    public async Task Save_InsideACallersTransaction_StoppedAsItsSavepointIsMade_IsSaved_AndTheCallerCommitsIt()
    {
        using var stopping = new CancellationTokenSource();
        StopAtCommit.Arm<StructureTag>(stopping);
        await using (var db = await DbAsync())
        {
            await using var transaction = await db.Database.BeginTransactionAsync();
            db.StructureTags.Add(new StructureTag { Name = "stop-in-transaction" });
            await db.SaveChangesAsync(stopping.Token);
            await transaction.CommitAsync(CancellationToken.None);
        }

        stopping.IsCancellationRequested.Should().BeTrue("the stop came as the save made its savepoint");
        Factory.TakeUnexpectedLogs().Should().BeEmpty();
        (await TagNamesAsync()).Should().Contain("stop-in-transaction");
    }

    [Fact]
    public async Task Save_AskedToStopBeforeItStarts_WritesNothing()
    {
        using var stopped = new CancellationTokenSource();
        await stopped.CancelAsync();
        await using (var db = await DbAsync())
        {
            db.StructureTags.Add(new StructureTag { Name = "saved-before" });
            await db.SaveChangesAsync();
            db.StructureTags.Add(new StructureTag { Name = "never-saved" });
            var save = () => db.SaveChangesAsync(stopped.Token);
            await save.Should().ThrowAsync<OperationCanceledException>();
        }

        (await TagNamesAsync()).Should().Contain("saved-before").And.NotContain("never-saved");
    }

    private async Task<List<string>> TagNamesAsync()
    {
        await using var db = await DbAsync();
        return await db.StructureTags.Select(t => t.Name).ToListAsync();
    }
}
