using System.ComponentModel.DataAnnotations;
using System.Globalization;

namespace Structures.Core.Timers;

// What a user types to enter a timer by hand. Core checks it again (ManualTimerRules), whatever the browser sent.
public sealed class ManualTimerForm
{
    [Required(ErrorMessage = "Choose the kind of timer.")]
    public TimerKind? Kind { get; set; }

    public TimerCategory Category { get; set; } = TimerCategory.Upwell;

    // A solar system's name as EVE spells it, or its ID.
    [Required(ErrorMessage = "Name the solar system.")]
    [StringLength(ManualTimerLimits.NameLength, ErrorMessage = "A system name is shorter than that.")]
    public string? System { get; set; }

    [StringLength(ManualTimerLimits.NameLength, ErrorMessage = "Keep the structure's name under 100 characters.")]
    public string? StructureName { get; set; }

    [StringLength(ManualTimerLimits.NameLength, ErrorMessage = "Keep the structure type under 100 characters.")]
    public string? StructureType { get; set; }

    // EVE time ("2026-12-01 05:01", "2026.12.01 05:01:00") or the time left as EVE shows it ("in 1d 2h 3m").
    [Required(ErrorMessage = "Say when the timer ends: EVE time, or \"in 1d 2h 3m\".")]
    [StringLength(40, ErrorMessage = "Say when the timer ends: EVE time, or \"in 1d 2h 3m\".")]
    public string? EndsAt { get; set; }

    [StringLength(ManualTimerLimits.NotesLength, ErrorMessage = "Keep the notes under 500 characters.")]
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
