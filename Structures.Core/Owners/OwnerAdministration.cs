using System.Globalization;
using Microsoft.EntityFrameworkCore;
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
    DashboardEvents events)
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
            return ChangeResult.Refused("There is no such owner any more. Nothing was changed.");
        }

        var wasMain = owner.IsAllianceMain;
        form.ApplyTo(owner);
        var note = "";
        if (owner.IsAllianceMain && owner.AllianceId is null)
        {
            owner.IsAllianceMain = false;
            note = " It is in no alliance, so it cannot be an alliance's main owner.";
        }

        await using (var transaction = await db.Database.BeginTransactionAsync(cancellationToken))
        {
            if (owner.IsAllianceMain && !wasMain)
            {
                var previous = await AllianceMains.TakeOverAsync(db, owner, cancellationToken);
                note = $" It is now the main owner of {owner.AllianceName}"
                    + (previous.Count == 0 ? "" : $", instead of {string.Join(", ", previous)}")
                    + ": the alliance's sovereignty, bill and war notifications go out through it.";
            }

            await db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
        }

        events.Publish(new OwnerStatusChanged(corporationId));
        return ChangeResult.Done($"{owner.CorporationName}: saved.{note}");
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
            return ChangeResult.Refused("A sync of this owner is already running; its result will show here when it ends.");
        }

        await notifications.FetchIsolatedAsync(corporationId, cancellationToken);
        return result switch
        {
            { Complete: false } => ChangeResult.Refused($"The sync did not complete: {result.Error}"),
            { CachedUntil: { } until } => ChangeResult.Done(
                $"ESI answered from its cache: it holds the structure list until {until.ToString("HH:mm", CultureInfo.InvariantCulture)} EVE; nothing newer before then. "
                + "Notifications fetched: what they say shows on the board now."),
            _ => ChangeResult.Done($"Synced: {result.StructureCount} structures, {result.Removed} removed; notifications fetched."),
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
        return ChangeResult.Done(count == 0 ? "No character was disabled." : $"{count} character(s) enabled again; they are tried at the next sync.");
    }
}
