using System.Runtime.CompilerServices;
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
    OverlayFactCache overlayFacts) : IDisposable, IAsyncDisposable
{
    // Every open board re-reads its rows after each change. Boards that see the same owners share one read until the
    // next change is published, or for a few seconds at most, for the edits that publish nothing: with 20 boards
    // open on 10,000 structures that is one query instead of 20, and one copy of the rows in memory. The copy is held
    // only weakly once read: when the last board lets go of it (closed, or moved on to newer rows), it can be collected.
    // A change that names its structures is read as those alone, with the rows whose power mode the clock has moved,
    // spliced into the rows before it (BoardSplice). Rows spliced from a whole read over a minute old are read whole
    // again after the splice, off the change's path, for the next change to splice from.
    private static readonly TimeSpan ShareFor = TimeSpan.FromSeconds(5);
    private static readonly TimeSpan ReadWholeEvery = TimeSpan.FromMinutes(1);

    // Beyond this many structures to read again (ReadAgain), the whole read is as cheap.
    private const int SpliceAtMost = 1000;
    private readonly Lock _gate = new();
    private readonly Dictionary<string, Held> _held = [];
    private readonly SharedReads<(string Key, long Version), IReadOnlyList<StructureBoardRow>> _reads = new();

    // A whole read made after a splice lives as long as the spliced rows do, as the base of the next splice.
    private readonly ConditionalWeakTable<IReadOnlyList<StructureBoardRow>, IReadOnlyList<StructureBoardRow>> _readWholeAfter = [];
    private IDisposable? _following;

    // Reads tied to no page (a change's read, the whole read after a splice), which the board waits for when the app
    // stops: the database they use is let go after the board is, so none of them meets it closed.
    private readonly HashSet<Task> _background = [];
    private bool _stopped;

    public async Task<IReadOnlyList<StructureBoardRow>> VisibleToAsync(ViewerId viewerId, CancellationToken cancellationToken) =>
        (await ReadForAsync(viewerId, cancellationToken)).Rows;

    // The viewer as worked out for this read, with the rows they may see: a page that also shows what its user may do
    // asks once.
    public async Task<BoardRead> ReadForAsync(ViewerId viewerId, CancellationToken cancellationToken)
    {
        var viewer = await viewers.ResolveAsync(viewerId, cancellationToken);
        return new BoardRead(viewer, await RowsForAsync(viewer, cancellationToken));
    }

    private async Task<IReadOnlyList<StructureBoardRow>> RowsForAsync(Viewer viewer, CancellationToken cancellationToken)
    {
        var key = viewer.VisibilityKey();
        var version = events.Version;
        lock (_gate)
        {
            _following ??= events.PrepareEach(OnChange);
            if (_held.TryGetValue(key, out var held) && IsCurrent(held, version) && held.Rows.TryGetTarget(out var rows))
            {
                held.Pinned = null;
                return rows;
            }
        }

        var read = await _reads.ReadAsync((key, version), () => Track(ReadOrSpliceAsync(viewer, key)), cancellationToken);
        lock (_gate)
        {
            if (_held.TryGetValue(key, out var held) && ReferenceEquals(held.Pinned, read))
            {
                held.Pinned = null;
            }
        }

        return read;
    }

    // A change that open boards will read again for starts their read here, once per visibility, as it is published and
    // before any page hears of it: each page's own turn then finds it under way or done, instead of the first page to
    // get its turn starting it.
    private void OnChange(DashboardEvent change)
    {
        if (change is StructuresChanged or ChangesMissed)
        {
            var version = events.Version;
            List<(string Key, Viewer Viewer)> shown;
            lock (_gate)
            {
                foreach (var gone in _held.Where(h => !h.Value.Rows.TryGetTarget(out _)).Select(h => h.Key).ToList())
                {
                    _held.Remove(gone);
                }

                // Rows read before that no board took (they all closed) are let go, not read again.
                shown = [.. _held.Where(h => h.Value.Pinned is null).Select(h => (h.Key, h.Value.Viewer))];
                foreach (var held in _held.Values)
                {
                    held.Pinned = null;
                }
            }

            foreach (var (key, viewer) in shown)
            {
                InBackground(() => StartAsync(viewer, key, version));
            }
        }
    }

    private async Task StartAsync(Viewer viewer, string key, long version)
    {
        try
        {
            await _reads.ReadAsync((key, version), () => ReadOrSpliceAsync(viewer, key), CancellationToken.None);
        }
        catch (Exception)
        {
            // The pages waiting for the same read get its failure, and read again at the next change.
        }
    }

    // Shared by every caller of one visibility and version, tied to none of them. With nothing published since the
    // rows before, their few seconds are over: read whole, as edits that publish nothing are only found that way.
    private async Task<IReadOnlyList<StructureBoardRow>> ReadOrSpliceAsync(Viewer viewer, string key)
    {
        Held? before;
        lock (_gate)
        {
            _held.TryGetValue(key, out before);
        }

        var startedAt = clock.GetTimestamp();
        var (version, changes) = events.ChangesSince(before?.Version ?? -1);
        IReadOnlyList<StructureBoardRow> rows;
        var readWholeAt = startedAt;
        if (before is not null && version > before.Version && before.Rows.TryGetTarget(out var earlier)
            && BoardSplice.Named(changes) is { } named && named.Union(ReadAgain(earlier)).ToHashSet() is { Count: <= SpliceAtMost } asked)
        {
            rows = asked.Count == 0 ? earlier : BoardSplice.Of(earlier, await ReadAsync(viewer, asked, CancellationToken.None), asked);
            readWholeAt = before.ReadWholeAt;
        }
        else
        {
            rows = await ReadAsync(viewer, null, CancellationToken.None);
        }

        var held = new Held(viewer, version, startedAt, readWholeAt, new WeakReference<IReadOnlyList<StructureBoardRow>>(rows)) { Pinned = rows };
        lock (_gate)
        {
            if (!_held.TryGetValue(key, out var last) || last.Version <= version)
            {
                _held[key] = held;
            }
        }

        if (clock.GetElapsedTime(readWholeAt) >= ReadWholeEvery)
        {
            InBackground(() => ReadWholeAfterAsync(key, held, rows));
        }

        return rows;
    }

    // The rows read whole again after a splice: what a change may have missed comes back with the next change. Kept only
    // while no newer rows have taken their place.
    private async Task ReadWholeAfterAsync(string key, Held spliced, IReadOnlyList<StructureBoardRow> splicedRows)
    {
        var startedAt = clock.GetTimestamp();
        try
        {
            var whole = Reusing(await ReadAsync(spliced.Viewer, null, CancellationToken.None), splicedRows);
            lock (_gate)
            {
                if (_held.TryGetValue(key, out var last) && ReferenceEquals(last, spliced))
                {
                    _readWholeAfter.AddOrUpdate(splicedRows, whole);
                    _held[key] = spliced with { ReadWholeAt = startedAt, Rows = new WeakReference<IReadOnlyList<StructureBoardRow>>(whole), Pinned = null };
                }
            }
        }
        catch (Exception)
        {
            // The next change splices from the rows before and tries again.
        }
    }

    // Read again with every splice: rows with an overlay, as a sync moves their ESI data time, which may end the overlay;
    // rows whose power mode the clock has moved since they were read, as what decides it may have moved unpublished
    // (a sync moves last online unnamed while the structure has fuel).
    private IEnumerable<long> ReadAgain(IReadOnlyList<StructureBoardRow> rows)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        return rows.Where(r => r.Overlay is not null || r.PowerModeMoved(now)).Select(r => r.Id);
    }

    // The rows read whole, with the spliced row objects that show the same (and were read with the same last online):
    // one copy of the rows in memory, not two, and no row drawn again for nothing.
    private static List<StructureBoardRow> Reusing(IReadOnlyList<StructureBoardRow> whole, IReadOnlyList<StructureBoardRow> spliced)
    {
        var byId = spliced.ToDictionary(r => r.Id);
        return [.. whole.Select(r => byId.TryGetValue(r.Id, out var same) && same.Equals(r) && same.LastOnlineAt == r.LastOnlineAt ? same : r)];
    }

    private bool IsCurrent(Held held, long version) => held.Version == version && clock.GetElapsedTime(held.StartedAt) < ShareFor;

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
                    overlays.GetValueOrDefault(s.Id).ShownTo(viewer, s.OwnerId), offices.GetValueOrDefault(s.Id))
                {
                    LastOnlineAt = s.LastOnlineAt,
                };
            })
            .ToList();
    }

    // Starts no read once the board is stopped; the work catches its own failures.
    private void InBackground(Func<Task> work)
    {
        lock (_gate)
        {
            if (_stopped)
            {
                return;
            }
        }

        Track(work());
    }

    // A read a page started runs on when the page goes, so the board waits for it too.
    private Task<T> Track<T>(Task<T> task)
    {
        Track((Task)task);
        return task;
    }

    private void Track(Task task)
    {
        lock (_gate)
        {
            _background.Add(task);
        }

        _ = task.ContinueWith(Forget, CancellationToken.None, TaskContinuationOptions.ExecuteSynchronously, TaskScheduler.Default);
    }

    private void Forget(Task done)
    {
        lock (_gate)
        {
            _background.Remove(done);
        }
    }

    public void Dispose() => Stop();

    // Waits (a few seconds at most) for the reads under way, so none is left running on a database being closed.
    public async ValueTask DisposeAsync()
    {
        var running = Stop();
        await Task.WhenAll(running).WaitAsync(TimeSpan.FromSeconds(10)).ContinueWith(_ => { }, TaskScheduler.Default);
    }

    private Task[] Stop()
    {
        _following?.Dispose();
        lock (_gate)
        {
            _stopped = true;
            return [.. _background];
        }
    }

    // The rows last read for one visibility, with a viewer of it to read them again. ReadWholeAt: when the whole read
    // these rows were spliced from (or they themselves) began.
    // Pinned: the rows held strongly until a board takes them, as a read started by a change may end before any board
    // asks for it.
    private sealed record Held(Viewer Viewer, long Version, long StartedAt, long ReadWholeAt, WeakReference<IReadOnlyList<StructureBoardRow>> Rows)
    {
        public IReadOnlyList<StructureBoardRow>? Pinned { get; set; }
    }

    // Every tag in use, with the ones admins marked as default (the board can open filtered to those).
    public async Task<IReadOnlyList<StructureTag>> TagsAsync(CancellationToken cancellationToken)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        return await db.StructureTags.AsNoTracking().OrderBy(t => t.Order).ThenBy(t => t.Name).ToListAsync(cancellationToken);
    }
}
