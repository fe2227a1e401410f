using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Structures.Core.Access;
using Structures.Core.Data;
using Structures.Core.Live;

namespace Structures.Core.Structures.Board;

// The structures a viewer may see, as board rows. Visibility comes from the query (Visibility), so no page or
// export can show more.
public sealed class StructureBoard(
    IDbContextFactory<StructuresDbContext> contextFactory, Viewers viewers, DashboardEvents events, IOptions<BoardOptions> options, TimeProvider clock,
    OverlayFactCache overlayFacts)
{
    // Every open board re-reads its rows after each change. Boards that see the same owners share one read until the
    // next change is published, or for a few seconds at most, for the edits that publish nothing: with 20 boards
    // open on 10,000 structures that is one query instead of 20, and one copy of the rows in memory. The copy is held
    // only weakly once read: when the last board lets go of it (closed, or moved on to newer rows), it can be collected.
    // A change that names its structures is read as those alone, spliced into the rows before it (BoardSplice); the
    // rows are read whole again at least once a minute, as the board's clock moves on by the minute too.
    private static readonly TimeSpan ShareFor = TimeSpan.FromSeconds(5);
    private static readonly TimeSpan ReadWholeEvery = TimeSpan.FromMinutes(1);

    // Rows with an overlay are read again with every splice, as a sync moves their ESI data time, which may end the
    // overlay; beyond this many structures to read again, the whole read is as cheap.
    private const int SpliceAtMost = 1000;
    private readonly Lock _gate = new();
    private readonly Dictionary<string, SharedRead> _shared = [];

    public async Task<IReadOnlyList<StructureBoardRow>> VisibleToAsync(ViewerId viewerId, CancellationToken cancellationToken)
    {
        var viewer = await viewers.ResolveAsync(viewerId, cancellationToken);
        var key = viewer.VisibilityKey();
        SharedRead current;
        lock (_gate)
        {
            var version = events.Version;
            foreach (var old in _shared.Where(e => !IsCurrent(e.Value, version) && !CanSpliceFrom(e.Value)).Select(e => e.Key).ToList())
            {
                _shared.Remove(old);
            }

            if (!_shared.TryGetValue(key, out var shared) || !IsCurrent(shared, version))
            {
                shared = ReadOrSplice(viewer, shared);
                _shared[key] = shared;
            }

            current = shared;
        }

        // Collected before this caller took hold of it: read again, for this caller alone.
        await current.Loaded.WaitAsync(cancellationToken);
        return current.Rows.TryGetTarget(out var read) ? read : await ReadAsync(viewer, null, cancellationToken);
    }

    // Not tied to one caller's cancellation: the others wait for the same read. With nothing published since the rows
    // before, their few seconds are over: read whole, as edits that publish nothing are only found that way.
    private SharedRead ReadOrSplice(Viewer viewer, SharedRead? before)
    {
        var rows = new WeakReference<IReadOnlyList<StructureBoardRow>>(null!);
        var now = clock.GetTimestamp();
        var (version, changes) = events.ChangesSince(before?.Version ?? -1);
        if (before is not null && version > before.Version && CanSpliceFrom(before) && before.Rows.TryGetTarget(out var earlier)
            && BoardSplice.Named(changes) is { } named && named.Union(earlier.Where(r => r.Overlay is not null).Select(r => r.Id)).ToHashSet() is { Count: <= SpliceAtMost } asked)
        {
            return new SharedRead(version, now, before.ReadWholeAt, rows, Task.Run(async () =>
                rows.SetTarget(asked.Count == 0 ? earlier : BoardSplice.Of(earlier, await ReadAsync(viewer, asked, CancellationToken.None), asked)), CancellationToken.None));
        }

        return new SharedRead(version, now, now, rows, Task.Run(async () => rows.SetTarget(await ReadAsync(viewer, null, CancellationToken.None)), CancellationToken.None));
    }

    private bool IsCurrent(SharedRead read, long version) =>
        read.Version == version && clock.GetElapsedTime(read.StartedAt) < ShareFor && !read.Loaded.IsFaulted && !read.Loaded.IsCanceled
        && (!read.Loaded.IsCompleted || read.Rows.TryGetTarget(out _));

    private bool CanSpliceFrom(SharedRead read) =>
        read.Loaded.IsCompletedSuccessfully && read.Rows.TryGetTarget(out _) && clock.GetElapsedTime(read.ReadWholeAt) < ReadWholeEvery;

    // Every structure the viewer may see, or only those of them asked for.
    private async Task<IReadOnlyList<StructureBoardRow>> ReadAsync(Viewer viewer, IReadOnlySet<long>? only, CancellationToken cancellationToken)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var visible = db.VisibleStructures(viewer).AsNoTracking();
        if (only is not null)
        {
            var ids = only.ToList();
            visible = visible.Where(s => ids.Contains(s.Id));
        }

        // Only the columns a row is made of, and its lists read flat: after every change this runs for all the
        // structures a viewer may see, so it builds no whole entity and orders the structures once, not once per list.
        var structures = await visible.OrderBy(s => s.Name)
            .Select(s => new Structure
            {
                Id = s.Id, OwnerId = s.OwnerId, Kind = s.Kind, TypeId = s.TypeId, Name = s.Name, SolarSystemId = s.SolarSystemId, State = s.State,
                StateTimerEnd = s.StateTimerEnd, FuelExpiresAt = s.FuelExpiresAt, LastOnlineAt = s.LastOnlineAt, ReinforceHour = s.ReinforceHour,
                HasCore = s.HasCore, HasFitting = s.HasFitting, LiquidOzone = s.LiquidOzone, EsiDataAt = s.EsiDataAt, LastUpdatedAt = s.LastUpdatedAt,
            })
            .ToListAsync(cancellationToken);
        var tags = (await visible.SelectMany(s => s.Tags, (s, t) => new { StructureId = s.Id, t.Name, t.Order }).ToListAsync(cancellationToken))
            .GroupBy(t => t.StructureId)
            .ToDictionary(g => g.Key, g => (IReadOnlyList<string>)[.. g.OrderBy(t => t.Order).ThenBy(t => t.Name).Select(t => t.Name)]);
        var visibleIds = visible.Select(s => s.Id);
        var services = (await db.Set<StructureService>().Where(v => visibleIds.Contains(v.StructureId)).Select(v => new { v.StructureId, v.Name, v.IsOnline })
                .ToListAsync(cancellationToken))
            .GroupBy(v => v.StructureId)
            .ToDictionary(g => g.Key, g => (IReadOnlyList<BoardService>)[.. g.OrderBy(v => v.Name).Select(v => new BoardService(v.Name, v.IsOnline))]);
        var offices = await db.Set<CustomsOfficeDetail>().AsNoTracking().Where(c => visibleIds.Contains(c.StructureId))
            .ToDictionaryAsync(c => c.StructureId, cancellationToken);
        var ownerIds = structures.Select(s => s.OwnerId).Distinct().ToList();
        var owners = await db.Owners.AsNoTracking().Where(o => ownerIds.Contains(o.CorporationId))
            .ToDictionaryAsync(o => o.CorporationId, o => (o.CorporationName, o.AllianceName), cancellationToken);
        var typeIds = structures.Select(s => s.TypeId).Distinct().ToList();
        var systemIds = structures.Select(s => s.SolarSystemId).Distinct().ToList();
        var types = await db.EveTypes.AsNoTracking().Where(t => typeIds.Contains(t.Id)).ToDictionaryAsync(t => t.Id, t => (t.Name, t.GroupId), cancellationToken);
        var systems = await db.EveSolarSystems.AsNoTracking().Where(s => systemIds.Contains(s.Id)).ToDictionaryAsync(s => s.Id, cancellationToken);
        var now = clock.GetUtcNow().UtcDateTime;
        var overlays = await StructureOverlays.ForAsync(db, structures, now, options.Value.AttackQuietPeriod, overlayFacts, cancellationToken);
        return structures.Select(s =>
            {
                var owner = owners.GetValueOrDefault(s.OwnerId, ("", null));
                var system = systems.GetValueOrDefault(s.SolarSystemId);
                return new StructureBoardRow(
                    s.Id, s.OwnerId, owner.CorporationName, owner.AllianceName, s.Kind, s.TypeId, types.GetValueOrDefault(s.TypeId, ("?", 0)).Name, s.Name,
                    s.SolarSystemId, system?.Name ?? "?", system?.RegionName ?? "", system?.SecurityStatus ?? 0,
                    s.State, s.StateTimerEnd, s.FuelExpiresAt, PowerModes.Of(s, now), tags.GetValueOrDefault(s.Id, []), services.GetValueOrDefault(s.Id, []),
                    s.ReinforceHour, QuantumCore.Of(types.GetValueOrDefault(s.TypeId).GroupId, s.HasCore), s.HasFitting, s.LiquidOzone,
                    overlays.GetValueOrDefault(s.Id).ShownTo(viewer, s.OwnerId), offices.GetValueOrDefault(s.Id));
            })
            .ToList();
    }

    // ReadWholeAt: when the read these rows were spliced from (or they themselves) began.
    private sealed record SharedRead(long Version, long StartedAt, long ReadWholeAt, WeakReference<IReadOnlyList<StructureBoardRow>> Rows, Task Loaded);

    // Every tag in use, with the ones admins marked as default (the board can open filtered to those).
    public async Task<IReadOnlyList<StructureTag>> TagsAsync(CancellationToken cancellationToken)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        return await db.StructureTags.AsNoTracking().OrderBy(t => t.Order).ThenBy(t => t.Name).ToListAsync(cancellationToken);
    }
}
