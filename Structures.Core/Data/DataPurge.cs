using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Structures.Core.Access;
using Structures.Core.Live;

namespace Structures.Core.Data;

// "Purge all data": everything learned from EVE goes (owners with their sync characters and tokens, structures,
// notifications, timers, queued messages, sent alerts, generated tags). What admins set up stays: webhooks,
// permission grants, fuel alert rules, their own tags, and who has signed in. The next owner added starts afresh.
public sealed class DataPurge(IDbContextFactory<StructuresDbContext> contextFactory, Viewers viewers, DashboardEvents events, IStringLocalizer<PurgeWords> words)
{
    public const string Confirmation = "PURGE";

    public async Task<IReadOnlyList<(string What, int Count)>> SummaryAsync(ViewerId viewerId, CancellationToken cancellationToken)
    {
        if (!(await viewers.ResolveAsync(viewerId, cancellationToken)).Can(Permission.ManageSettings))
        {
            return [];
        }

        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        return
        [
            (words["Owners"], await db.Owners.CountAsync(cancellationToken)),
            (words["SyncCharacters"], await db.OwnerCharacters.CountAsync(cancellationToken)),
            (words["Structures"], await db.Structures.CountAsync(cancellationToken)),
            (words["Notifications"], await db.Notifications.CountAsync(cancellationToken)),
            (words["Timers"], await db.StructureTimers.CountAsync(cancellationToken)),
            (words["Messages"], await db.QueuedMessages.CountAsync(cancellationToken)),
            (words["FuelAlerts"], await db.SentAlerts.CountAsync(cancellationToken)),
            (words["GeneratedTags"], await db.StructureTags.CountAsync(t => !t.IsUserManaged, cancellationToken)),
        ];
    }

    public async Task<ChangeResult> PurgeAsync(ViewerId viewerId, string? confirmation, CancellationToken cancellationToken)
    {
        var (viewer, refusal) = await viewers.ResolveManagerAsync(viewerId, null, cancellationToken);
        if (refusal is not null)
        {
            return refusal;
        }

        if (!string.Equals(confirmation?.Trim(), Confirmation, StringComparison.Ordinal))
        {
            return ChangeResult.Refused(words["Confirm", Confirmation]);
        }

        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        await db.QueuedMessages.ExecuteDeleteAsync(cancellationToken);
        await db.SentAlerts.ExecuteDeleteAsync(cancellationToken);
        await db.StructureTimers.ExecuteDeleteAsync(cancellationToken);
        await db.Notifications.ExecuteDeleteAsync(cancellationToken);
        await db.StructureItems.ExecuteDeleteAsync(cancellationToken);
        await db.StructureServices.ExecuteDeleteAsync(cancellationToken);
        var structures = await db.Structures.Include(s => s.Tags).Include(s => s.Webhooks).AsSplitQuery().ToListAsync(cancellationToken);
        db.Structures.RemoveRange(structures);
        await db.SaveChangesAsync(cancellationToken);
        await db.StructureTags.Where(t => !t.IsUserManaged).ExecuteDeleteAsync(cancellationToken);
        await db.OwnerCharacters.ExecuteDeleteAsync(cancellationToken);
        var owners = await db.Owners.Include(o => o.Webhooks).ToListAsync(cancellationToken);
        db.Owners.RemoveRange(owners);
        await db.SaveChangesAsync(cancellationToken);
        // A commit once begun finishes even if the page that asked for it has gone.
        await transaction.CommitAsync(CancellationToken.None);
        events.Publish(new StructuresChanged(0));
        return ChangeResult.Done(words["Purged", owners.Count, structures.Count]);
    }
}
