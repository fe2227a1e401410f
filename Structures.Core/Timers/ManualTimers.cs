using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Logging;
using Structures.Core.Access;
using Structures.Core.Data;
using Structures.Core.Eve;
using Structures.Core.Live;
using Structures.Core.Timers.Announcements;

namespace Structures.Core.Timers;

// Timers entered by hand, by users holding AddManualTimers. They sit in the same table as the timers from
// notifications, so the board, reminders and calendar feeds take them up alike. Their creator (while still holding
// the permission) and settings managers may change or delete them. Every call decides the permission afresh.
public sealed class ManualTimers(
    IDbContextFactory<StructuresDbContext> contextFactory,
    Viewers viewers,
    EveUniverse universe,
    DashboardEvents events,
    IStringLocalizer<ManualTimerWords> words,
    IStringLocalizer<TimerWords> timerWords,
    TimeProvider clock,
    ILogger<ManualTimers> logger)
{
    private ChangeResult NotPermitted => ChangeResult.Refused(words["NotPermitted"]);

    public async Task<ChangeResult> AddAsync(ViewerId viewerId, ManualTimerForm form, CancellationToken cancellationToken)
    {
        var viewer = await viewers.ResolveAsync(viewerId, cancellationToken);
        if (!viewer.Can(Permission.AddManualTimers))
        {
            return NotPermitted;
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var (entry, error) = ManualTimerRules.Check(form, now);
        if (entry is null)
        {
            return ChangeResult.Refused(error!);
        }

        if (await SystemAsync(entry.System, cancellationToken) is not { } system)
        {
            return ChangeResult.Refused(UnknownSystem(entry.System));
        }

        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var corporation = await db.Characters.Where(c => c.Id == viewer.CharacterId).Select(c => c.CorporationId).SingleOrDefaultAsync(cancellationToken);
        var timer = new StructureTimer
        {
            Source = TimerSource.Manual,
            CreatedAt = now,
            CreatedByCharacterId = viewer.CharacterId,
            CreatedByName = viewer.Name,
            CreatedByCorporationId = corporation,
        };
        Apply(timer, entry, system);
        db.StructureTimers.Add(timer);
        await db.SaveChangesAsync(cancellationToken);
        logger.ManualTimerAdded(timer.Id, viewer.CharacterId, timer.Kind, timer.EndsAt);
        events.Publish(new TimersChanged(null));
        return ChangeResult.Done(words["Added", timerWords[$"Kind.{timer.Kind}"], system.Name, EveTimeText.Date(timer.EndsAt)]);
    }

    public async Task<ChangeResult> UpdateAsync(ViewerId viewerId, int timerId, ManualTimerForm form, CancellationToken cancellationToken)
    {
        var viewer = await viewers.ResolveAsync(viewerId, cancellationToken);
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        if (await EditableAsync(db, viewer, timerId, cancellationToken) is not { } timer)
        {
            return NotPermitted;
        }

        var (entry, error) = ManualTimerRules.Check(form, clock.GetUtcNow().UtcDateTime);
        if (entry is null)
        {
            return ChangeResult.Refused(error!);
        }

        if (await SystemAsync(entry.System, cancellationToken) is not { } system)
        {
            return ChangeResult.Refused(UnknownSystem(entry.System));
        }

        Apply(timer, entry, system);
        await db.SaveChangesAsync(cancellationToken);
        events.Publish(new TimersChanged(null));
        return ChangeResult.Done(words["Changed", timerWords[$"Kind.{timer.Kind}"], system.Name, EveTimeText.Date(timer.EndsAt)]);
    }

    public async Task<ChangeResult> DeleteAsync(ViewerId viewerId, int timerId, CancellationToken cancellationToken)
    {
        var viewer = await viewers.ResolveAsync(viewerId, cancellationToken);
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        if (await EditableAsync(db, viewer, timerId, cancellationToken) is not { } timer)
        {
            return NotPermitted;
        }

        db.StructureTimers.Remove(timer);
        await db.SaveChangesAsync(cancellationToken);
        logger.ManualTimerDeleted(timerId, viewer.CharacterId);
        events.Publish(new TimersChanged(null));
        return ChangeResult.Done(words["Deleted"]);
    }

    // The form to edit a timer with, when this viewer may edit it.
    public async Task<ManualTimerForm?> FormForAsync(ViewerId viewerId, int timerId, CancellationToken cancellationToken)
    {
        var viewer = await viewers.ResolveAsync(viewerId, cancellationToken);
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        if (await EditableAsync(db, viewer, timerId, cancellationToken) is not { } timer)
        {
            return null;
        }

        var form = ManualTimerForm.From(timer);
        form.System = await db.EveSolarSystems.Where(s => s.Id == timer.SolarSystemId).Select(s => s.Name).SingleOrDefaultAsync(cancellationToken) ?? form.System;
        return form;
    }

    // A manual timer the viewer sees and may change: their own while they hold AddManualTimers, any with ManageSettings.
    private static async Task<StructureTimer?> EditableAsync(StructuresDbContext db, Viewer viewer, int timerId, CancellationToken cancellationToken)
    {
        var timer = await db.VisibleTimers(viewer).SingleOrDefaultAsync(t => t.Id == timerId && t.Source == TimerSource.Manual, cancellationToken);
        var isOwn = timer?.CreatedByCharacterId is { } creator && viewer.CharacterIds.Contains(creator);
        return timer is not null && (viewer.Can(Permission.ManageSettings) || (isOwn && viewer.Can(Permission.AddManualTimers))) ? timer : null;
    }

    private static void Apply(StructureTimer timer, ManualTimerEntry entry, EveSolarSystem system)
    {
        timer.Kind = entry.Kind;
        timer.Category = entry.Category;
        timer.EndsAt = entry.EndsAt;
        timer.SolarSystemId = system.Id;
        timer.StructureName = entry.StructureName;
        timer.StructureTypeName = entry.StructureType;
        timer.Notes = entry.Notes;
        timer.IsCorpRestricted = entry.IsCorpRestricted;
    }

    // By name from the systems Structures knows, or by ID (learnt from ESI when new). Solar system IDs are 30,000,000 to 32,999,999.
    private async Task<EveSolarSystem?> SystemAsync(string text, CancellationToken cancellationToken)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        if (!long.TryParse(text, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var id))
        {
            var name = text.ToLowerInvariant();
            return await db.EveSolarSystems.AsNoTracking().FirstOrDefaultAsync(s => DatabaseText.Lower(s.Name) == name, cancellationToken);
        }

        if (id is < 30_000_000 or >= 33_000_000)
        {
            return null;
        }

        if (!await db.EveSolarSystems.AnyAsync(s => s.Id == id, cancellationToken))
        {
            await universe.EnsureAsync([], [id], [], cancellationToken);
        }

        return await db.EveSolarSystems.AsNoTracking().SingleOrDefaultAsync(s => s.Id == id, cancellationToken);
    }

    private string UnknownSystem(string text) => words["UnknownSystem", text];
}
