using Structures.Core.Access;

namespace Structures.Core.Timers;

// Whether what a user typed makes a timer: a kind and category that exist, an end that is ahead but not absurdly
// far, text within its limits and without control characters. The system is resolved against the universe later.
public static class ManualTimerRules
{
    public static (ManualTimerEntry? Entry, string? Error) Check(ManualTimerForm form, DateTime now)
    {
        if (FormValidation.FirstError(form) is { } error)
        {
            return (null, error);
        }

        if (form.Kind is not { } kind || !Enum.IsDefined(kind) || !Enum.IsDefined(form.Category))
        {
            return (null, "Choose the kind of timer.");
        }

        if (TimerEndText.Parse(form.EndsAt, now) is not { } endsAt)
        {
            return (null, $"\"{Clean(form.EndsAt, 40)}\" is not a time: write EVE time (2026-12-01 05:01) or the time left (in 1d 2h 3m).");
        }

        endsAt = new DateTime(endsAt.Ticks - (endsAt.Ticks % TimeSpan.TicksPerSecond), DateTimeKind.Utc);
        if (endsAt <= now)
        {
            return (null, "That time has passed: a timer must end in the future (EVE time is UTC).");
        }

        if (endsAt - now > ManualTimerLimits.LongestAhead)
        {
            return (null, $"No EVE timer runs that long: enter one ending within {ManualTimerLimits.LongestAhead.TotalDays:0} days.");
        }

        return (new ManualTimerEntry(kind, form.Category, Clean(form.System, ManualTimerLimits.NameLength)!, endsAt,
            Clean(form.StructureName, ManualTimerLimits.NameLength), Clean(form.StructureType, ManualTimerLimits.NameLength),
            Clean(form.Notes, ManualTimerLimits.NotesLength, keepLines: true), form.IsCorpRestricted), null);
    }

    // Trimmed, without control characters (line breaks kept in notes), empty as null.
    private static string? Clean(string? text, int length, bool keepLines = false)
    {
        var kept = new string((text ?? "").Where(c => !char.IsControl(c) || (keepLines && c == '\n')).ToArray()).Trim();
        return kept.Length == 0 ? null : kept[..Math.Min(kept.Length, length)];
    }
}

// A manual timer's checked values, its system still as typed.
public sealed record ManualTimerEntry(
    TimerKind Kind,
    TimerCategory Category,
    string System,
    DateTime EndsAt,
    string? StructureName,
    string? StructureType,
    string? Notes,
    bool IsCorpRestricted);
