using System.ComponentModel.DataAnnotations;
using System.Globalization;

namespace Structures.Core.Timers;

// What a user types to enter a timer by hand. Core checks it again (ManualTimerRules), whatever the browser sent.
public sealed class ManualTimerForm
{
    [Required(ErrorMessageResourceType = typeof(ManualTimerWords), ErrorMessageResourceName = nameof(ManualTimerWords.KindRequired))]
    public TimerKind? Kind { get; set; }

    public TimerCategory Category { get; set; } = TimerCategory.Upwell;

    // A solar system's name as EVE spells it, or its ID.
    [Required(ErrorMessageResourceType = typeof(ManualTimerWords), ErrorMessageResourceName = nameof(ManualTimerWords.SystemRequired))]
    [StringLength(ManualTimerLimits.NameLength, ErrorMessageResourceType = typeof(ManualTimerWords), ErrorMessageResourceName = nameof(ManualTimerWords.SystemTooLong))]
    public string? System { get; set; }

    [StringLength(ManualTimerLimits.NameLength, ErrorMessageResourceType = typeof(ManualTimerWords), ErrorMessageResourceName = nameof(ManualTimerWords.NameTooLong))]
    public string? StructureName { get; set; }

    [StringLength(ManualTimerLimits.NameLength, ErrorMessageResourceType = typeof(ManualTimerWords), ErrorMessageResourceName = nameof(ManualTimerWords.TypeTooLong))]
    public string? StructureType { get; set; }

    // EVE time ("2026-12-01 05:01", "2026.12.01 05:01:00") or the time left as EVE shows it ("in 1d 2h 3m").
    [Required(ErrorMessageResourceType = typeof(ManualTimerWords), ErrorMessageResourceName = nameof(ManualTimerWords.EndsRequired))]
    [StringLength(40, ErrorMessageResourceType = typeof(ManualTimerWords), ErrorMessageResourceName = nameof(ManualTimerWords.EndsRequired))]
    public string? EndsAt { get; set; }

    [StringLength(ManualTimerLimits.NotesLength, ErrorMessageResourceType = typeof(ManualTimerWords), ErrorMessageResourceName = nameof(ManualTimerWords.NotesTooLong))]
    public string? Notes { get; set; }

    // Shown only to the creator's corporation.
    public bool IsCorpRestricted { get; set; }

    public static ManualTimerForm From(StructureTimer timer) => new()
    {
        Kind = timer.Kind,
        Category = timer.Category,
        System = timer.SolarSystemId?.ToString(CultureInfo.InvariantCulture),
        StructureName = timer.StructureName,
        StructureType = timer.StructureTypeName,
        EndsAt = timer.EndsAt.ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture),
        Notes = timer.Notes,
        IsCorpRestricted = timer.IsCorpRestricted,
    };
}

public static class ManualTimerLimits
{
    public const int NameLength = 100;
    public const int NotesLength = 500;

    // No structure timer in EVE runs longer than a moon extraction (56 days); a week more is room for planning.
    public static readonly TimeSpan LongestAhead = TimeSpan.FromDays(63);
}
