using Microsoft.EntityFrameworkCore;
using Structures.Core.Data;

namespace Structures.Core.Structures;

// What a sync writes on every structure it sees, whatever ESI said: that it was updated now, and that those with a
// service online had power now (PowerModes counts the days since). One statement each for all of the owner's rows,
// where tracking would write every row alone though nothing else in it changed.
internal static class StructureClock
{
    // After an apply: the structures the snapshot placed (an incomplete run leaves the others as they were).
    public static async Task TouchAsync(StructuresDbContext db, long ownerId, IReadOnlyCollection<long> seen, DateTime now, CancellationToken cancellationToken)
    {
        var ids = seen.ToList();
        var rows = db.Structures.Where(s => s.OwnerId == ownerId && ids.Contains(s.Id));
        await rows.ExecuteUpdateAsync(s => s.SetProperty(x => x.LastUpdatedAt, now), cancellationToken);
        await OnlineNowAsync(rows, now, cancellationToken);
    }

    // Instead of an apply, when the snapshot is the one last applied: false when the owner's rows are not that
    // snapshot's (some were removed or added since), and the apply must run.
    public static async Task<bool> TouchUnchangedAsync(StructuresDbContext db, long ownerId, int structureCount, DateTime now, CancellationToken cancellationToken)
    {
        var rows = db.Structures.Where(s => s.OwnerId == ownerId);
        if (await rows.ExecuteUpdateAsync(s => s.SetProperty(x => x.LastUpdatedAt, now), cancellationToken) != structureCount)
        {
            return false;
        }

        await OnlineNowAsync(rows, now, cancellationToken);
        return true;
    }

    private static Task<int> OnlineNowAsync(IQueryable<Structure> rows, DateTime now, CancellationToken cancellationToken) =>
        rows.Where(s => s.Services.Any(x => x.IsOnline)).ExecuteUpdateAsync(s => s.SetProperty(x => x.LastOnlineAt, now), cancellationToken);
}
