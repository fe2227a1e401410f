using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Structures.Core.Data;
using Structures.Core.Esi;
using Structures.Core.Eve;
using Structures.Core.Live;
using Structures.Core.Owners;

namespace Structures.Core.Structures;

// One sync run for one owner: pick a character, read ESI, update the structures, record how each stage went.
// Nothing is removed unless every fetch of the run succeeded: an ESI failure never deletes data.
public sealed class StructureSynchronizer(
    IDbContextFactory<StructuresDbContext> contextFactory,
    SyncCharacterPicker picker,
    EsiClient esi,
    EveUniverse universe,
    Sso.EveTokenRefresher tokens,
    DashboardEvents events,
    Notifications.Alerts.GeneratedAlerts alerts,
    IOptions<SyncOptions> options,
    TimeProvider clock,
    ILogger<StructureSynchronizer> logger) : IDisposable
{
    // Owners sync in parallel; the shared generated tags are created by one of them at a time.
    private readonly SemaphoreSlim _tagWriter = new(1, 1);

    public void Dispose() => _tagWriter.Dispose();

    public async Task<StructureSyncResult> SyncAsync(long ownerId, CancellationToken cancellationToken)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var owner = await db.Owners.Include(o => o.Characters).SingleOrDefaultAsync(o => o.CorporationId == ownerId, cancellationToken);
        if (owner is null || !owner.IsActive)
        {
            return new StructureSyncResult(false, owner is null ? "No such owner." : "The owner is inactive.", 0, 0);
        }

        using var scope = logger.BeginScope(new Dictionary<string, object> { ["OwnerId"] = ownerId });
        var now = clock.GetUtcNow().UtcDateTime;
        var enabledBefore = owner.Characters.Where(c => c.IsEnabled).ToList();
        owner.StructuresSync.LastAttemptAt = now;
        owner.AssetsSync.LastAttemptAt = now;
        var pick = await picker.PickAsync(owner, SyncKind.Structures, cancellationToken);
        if (!pick.Found)
        {
            SyncRunRecord.NoticeDisabled(db, owner, enabledBefore, now);
            owner.StructuresSync.Failed(now, pick.Error!);
            owner.AssetsSync.Failed(now, pick.Error!);
            await db.SaveChangesAsync(cancellationToken);
            logger.SyncFailed(owner.CorporationName, pick.Error!);
            events.Publish(new OwnerStatusChanged(ownerId));
            return new StructureSyncResult(false, pick.Error, 0, 0);
        }

        var snapshot = await new OwnerSnapshotFetcher(esi).FetchAsync(owner, pick.Character!, pick.Auth!, options.Value, now, cancellationToken);
        // The run's time is the moment ESI has answered, not the fetch's start: an answer ESI took during the fetch is
        // then dated no later than the run, so the apply keeps its date and the fingerprint can be taken.
        now = clock.GetUtcNow().UtcDateTime;
        await universe.RefreshSovereigntyAsync(cancellationToken);
        var (typeIds, systemIds) = UniverseIds(snapshot);
        var known = await universe.EnsureAsync(typeIds, systemIds, [], cancellationToken);
        var fingerprint = SnapshotFingerprint.Of(snapshot, owner, await UnchangedSnapshot.UniverseSeenAsync(db, typeIds, systemIds, known, cancellationToken), now);
        if (fingerprint is not null && fingerprint == owner.AppliedSnapshot
            && await UnchangedSnapshot.TouchAsync(db, ownerId, snapshot, now, cancellationToken))
        {
            return await FinishUnchangedAsync(db, owner, snapshot, enabledBefore, now, cancellationToken);
        }

        var context = await BuildContextAsync(db, owner, snapshot, typeIds, systemIds, now, cancellationToken);

        UpwellUpdater.Apply(context);
        StarbaseUpdater.Apply(context);
        OrbitalUpdater.ApplyCustomsOffices(context);
        OrbitalUpdater.ApplySkyhooks(context);
        StructureItemsUpdater.Apply(context);
        await EnsureGeneratedTagsAsync(cancellationToken);
        var tags = await db.StructureTags.ToListAsync(cancellationToken);
        StructureTagger.Apply(context, tags);
        foreach (var added in context.Added)
        {
            db.Structures.Add(added);
        }

        var removed = 0;
        if (snapshot.Complete)
        {
            var gone = context.Existing.Values.Where(s => !context.Seen.Contains(s.Id)).ToList();
            db.Structures.RemoveRange(gone);
            removed = gone.Count;
        }

        if (!snapshot.Complete)
        {
            // The next run refreshes the token, so a revoked one is found out and its character disabled.
            tokens.Forget(pick.Character!.Id);
        }

        owner.AppliedSnapshot = fingerprint;
        SyncRunRecord.RecordStatus(owner, snapshot, now);
        SyncRunRecord.NoticeDisabled(db, owner, enabledBefore, now);
        var changed = Board.BoardChanges.Of(db.ChangeTracker, now);
        // BoardChanges has just looked at every tracked row and nothing has changed since: the save need not look again.
        db.ChangeTracker.AutoDetectChangesEnabled = false;
        await FirstSyncSave.SaveAsync(db, context, cancellationToken);
        logger.Synced(owner.CorporationName, context.Seen.Count, removed, snapshot.Complete);
        if (!snapshot.Complete)
        {
            logger.SyncFailed(owner.CorporationName, string.Join(" ", snapshot.StructureErrors.Concat(snapshot.AssetErrors)));
        }

        await AlertAsync(owner, [.. context.Refueled.Select(s => s.Id)], cancellationToken);
        Publish(ownerId, context, changed);
        var error = snapshot.StructureErrors.Concat(snapshot.AssetErrors).FirstOrDefault();
        return new StructureSyncResult(snapshot.Complete, error, context.Seen.Count, removed, snapshot.UpwellFromCache ? snapshot.UpwellExpiresAt : null);
    }

    // The same answers as the last applied run: nothing to apply, but the run is recorded. No fuel alert can be due that
    // the last run did not see; those that time brings are the alert job's.
    private async Task<StructureSyncResult> FinishUnchangedAsync(StructuresDbContext db, Owner owner, OwnerSnapshot snapshot, List<OwnerCharacter> enabledBefore, DateTime now,
        CancellationToken cancellationToken)
    {
        SyncRunRecord.RecordStatus(owner, snapshot, now);
        SyncRunRecord.NoticeDisabled(db, owner, enabledBefore, now);
        await db.SaveChangesAsync(cancellationToken);
        logger.SyncedUnchanged(owner.CorporationName, snapshot.StructureIds.Count);
        events.Publish(new OwnerStatusChanged(owner.CorporationId, StructuresUnchanged: true));
        return new StructureSyncResult(true, null, snapshot.StructureIds.Count, 0, snapshot.UpwellFromCache ? snapshot.UpwellExpiresAt : null);
    }

    private static (List<long> TypeIds, List<long> SystemIds) UniverseIds(OwnerSnapshot snapshot)
    {
        var typeIds = (snapshot.Upwell ?? []).Select(s => s.TypeId).Concat((snapshot.Starbases ?? []).Select(s => s.TypeId)).Append(OwnerSnapshot.SkyhookTypeId).Append(2233)
            .Concat(StructureItemsUpdater.TypeIdsIn(snapshot)).Distinct().ToList();
        var systemIds = (snapshot.Upwell ?? []).Select(s => s.SystemId).Concat((snapshot.Starbases ?? []).Select(s => s.SystemId))
            .Concat((snapshot.CustomsOffices ?? []).Select(o => o.SystemId)).Concat(snapshot.Skyhooks.Select(s => s.LocationId)).Distinct().ToList();
        return (typeIds, systemIds);
    }

    private static async Task<SyncContext> BuildContextAsync(StructuresDbContext db, Owner owner, OwnerSnapshot snapshot, List<long> typeIds, List<long> systemIds, DateTime now,
        CancellationToken cancellationToken)
    {
        var existing = await db.Structures.Where(s => s.OwnerId == owner.CorporationId)
            .Include(s => s.Services).Include(s => s.Items).Include(s => s.Tags).Include(s => s.Starbase).Include(s => s.CustomsOffice)
            .AsSplitQuery()
            .ToDictionaryAsync(s => s.Id, cancellationToken);
        var allTypeIds = typeIds.Concat(existing.Values.Select(s => s.TypeId)).Distinct().ToList();
        return new SyncContext
        {
            Owner = owner,
            Snapshot = snapshot,
            Now = now,
            Existing = existing,
            Types = await db.EveTypes.AsNoTracking().Where(t => allTypeIds.Contains(t.Id)).ToDictionaryAsync(t => t.Id, cancellationToken),
            Systems = await db.EveSolarSystems.AsNoTracking().Where(s => systemIds.Contains(s.Id)).ToDictionaryAsync(s => s.Id, cancellationToken),
            Celestials = (await db.EveCelestials.AsNoTracking().Where(c => systemIds.Contains(c.SolarSystemId)).ToListAsync(cancellationToken)).ToLookup(c => c.SolarSystemId),
            SovereigntyAlliance = await db.EveSovereignty.AsNoTracking().Where(s => systemIds.Contains(s.SolarSystemId)).ToDictionaryAsync(s => s.SolarSystemId, s => s.AllianceId, cancellationToken),
        };
    }

    private async Task EnsureGeneratedTagsAsync(CancellationToken cancellationToken)
    {
        await _tagWriter.WaitAsync(cancellationToken);
        try
        {
            await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
            await using var otherInstances = await Cluster.SharedDataLock.BeginAsync(db, cancellationToken);
            var existing = await db.StructureTags.Select(t => t.Name).ToListAsync(cancellationToken);
            db.StructureTags.AddRange(StructureTagger.GeneratedTags().Where(t => !existing.Contains(t.Name)));
            await db.SaveChangesAsync(cancellationToken);
            // A commit once begun finishes even if the host is stopping.
            await (otherInstances?.CommitAsync(CancellationToken.None) ?? Task.CompletedTask);
        }
        finally
        {
            _tagWriter.Release();
        }
    }

    // The owner's own alerts, right after its commit: its refuels announced, its fuel looked at. A failure here is
    // logged and left to the next sync or the five-minute alert job: the sync itself stands.
    private async Task AlertAsync(Owner owner, List<long> refueled, CancellationToken cancellationToken)
    {
        try
        {
            await alerts.AfterSyncAsync(owner.CorporationId, refueled, cancellationToken);
        }
        catch (Exception ex) when (!cancellationToken.IsCancellationRequested)
        {
            logger.AlertsFailed(ex, owner.CorporationName);
        }
    }

    private void Publish(long ownerId, SyncContext context, IReadOnlyCollection<long>? changed)
    {
        foreach (var structure in context.Refueled)
        {
            events.Publish(new StructureRefueled(ownerId, structure.Id, structure.FuelExpiresAt!.Value));
        }

        events.Publish(changed is null ? new StructuresChanged(ownerId) : StructuresChanged.Naming(ownerId, changed));
    }
}

// CachedUntil: the structure list came from ESI's cache (unchanged), which holds it until then.
public sealed record StructureSyncResult(bool Complete, string? Error, int StructureCount, int Removed, DateTime? CachedUntil = null);
