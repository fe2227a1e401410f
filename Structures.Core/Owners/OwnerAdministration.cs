using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Structures.Core.Access;
using Structures.Core.Data;
using Structures.Core.Live;
using Structures.Core.Notifications;
using Structures.Core.Structures;

namespace Structures.Core.Owners;

// Admin changes to owners: their options, "sync now", and re-enabling characters that were disabled.
public sealed class OwnerAdministration(
    IDbContextFactory<StructuresDbContext> contextFactory,
    Viewers viewers,
    StructureSyncScheduler structures,
    NotificationFetchScheduler notifications,
    DashboardEvents events,
    IStringLocalizer<OwnerAdminWords> words)
{
    public async Task<OwnerForm?> FormAsync(ViewerId viewerId, long corporationId, CancellationToken cancellationToken)
    {
        var viewer = await viewers.ResolveAsync(viewerId, cancellationToken);
        if (!viewer.Can(Permission.ManageSettings))
        {
            return null;
        }

        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var owner = await db.Owners.AsNoTracking().SingleOrDefaultAsync(o => o.CorporationId == corporationId, cancellationToken);
        return owner is null ? null : OwnerForm.Of(owner);
    }

    public async Task<ChangeResult> SaveAsync(ViewerId viewerId, long corporationId, OwnerForm form, CancellationToken cancellationToken)
    {
        var (viewer, refusal) = await viewers.ResolveManagerAsync(viewerId, form, cancellationToken);
        if (refusal is not null)
        {
            return refusal;
        }

        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var owner = await db.Owners.SingleOrDefaultAsync(o => o.CorporationId == corporationId, cancellationToken);
        if (owner is null)
        {
            return ChangeResult.Refused(words["NoSuchOwner"]);
        }

        var wasMain = owner.IsAllianceMain;
        form.ApplyTo(owner);
        string? note = null;
        if (owner.IsAllianceMain && owner.AllianceId is null)
        {
            owner.IsAllianceMain = false;
            note = words["NoAllianceNote"];
        }

        await using (var transaction = await db.Database.BeginTransactionAsync(cancellationToken))
        {
            if (owner.IsAllianceMain && !wasMain)
            {
                var previous = await AllianceMains.TakeOverAsync(db, owner, cancellationToken);
                note = previous.Count == 0
                    ? words["MainNote", owner.AllianceName ?? ""]
                    : words["MainInsteadNote", owner.AllianceName ?? "", string.Join(", ", previous)];
            }

            await db.SaveChangesAsync(cancellationToken);
            // A commit once begun finishes even if the page that asked for it has gone.
            await transaction.CommitAsync(CancellationToken.None);
        }

        events.Publish(new OwnerStatusChanged(corporationId));
        var saved = words["Saved", owner.CorporationName];
        return ChangeResult.Done(note is null ? saved : $"{saved} {note}");
    }

    // Structures, then notifications, at once; the scheduled runs carry on as before.
    public async Task<ChangeResult> SyncNowAsync(ViewerId viewerId, long corporationId, CancellationToken cancellationToken)
    {
        var (viewer, refusal) = await viewers.ResolveManagerAsync(viewerId, null, cancellationToken);
        if (refusal is not null)
        {
            return refusal;
        }

        var result = await structures.SyncIsolatedAsync(corporationId, cancellationToken);
        if (result is null)
        {
            return ChangeResult.Refused(words["SyncRunning"]);
        }

        await notifications.FetchIsolatedAsync(corporationId, cancellationToken);
        return result switch
        {
            { Complete: false } => ChangeResult.Refused(words["SyncIncomplete", result.Error ?? ""]),
            { CachedUntil: { } until } => ChangeResult.Done(words["SyncCached", until.ToString("HH:mm", CultureInfo.InvariantCulture)]),
            _ => ChangeResult.Done(words["Synced", result.StructureCount, result.Removed]),
        };
    }

    public async Task<ChangeResult> ReenableCharactersAsync(ViewerId viewerId, long corporationId, CancellationToken cancellationToken)
    {
        var (viewer, refusal) = await viewers.ResolveManagerAsync(viewerId, null, cancellationToken);
        if (refusal is not null)
        {
            return refusal;
        }

        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var count = await db.OwnerCharacters.Where(c => c.OwnerId == corporationId && !c.IsEnabled)
            .ExecuteUpdateAsync(c => c.SetProperty(x => x.IsEnabled, true).SetProperty(x => x.DisabledReason, (string?)null), cancellationToken);
        events.Publish(new OwnerStatusChanged(corporationId));
        return ChangeResult.Done(count == 0 ? words["NoneDisabled"] : words["Reenabled", count]);
    }
}
