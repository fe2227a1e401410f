using Microsoft.Extensions.Localization;
using Structures.Core.Access;
using Structures.Core.Localization;

namespace Structures.Core.Timers;

// Whether what a user typed makes a timer: a kind and category that exist, an end that is ahead but not absurdly
// far, text within its limits and without control characters. The system is resolved against the universe later.
public static class ManualTimerRules
{
    private static IStringLocalizer<ManualTimerWords> Words => StaticWords<ManualTimerWords>.Words;

    public static (ManualTimerEntry? Entry, string? Error) Check(ManualTimerForm form, DateTime now)
    {
        if (FormValidation.FirstError(form) is { } error)
        {
            return (null, error);
        }

        if (form.Kind is not { } kind || !Enum.IsDefined(kind) || !Enum.IsDefined(form.Category))
        {
            return (null, ManualTimerWords.KindRequired);
        }

        if (TimerEndText.Parse(form.EndsAt, now) is not { } endsAt)
        {
            return (null, Words["NotATime", Clean(form.EndsAt, 40) ?? ""]);
        }

        endsAt = new DateTime(endsAt.Ticks - (endsAt.Ticks % TimeSpan.TicksPerSecond), DateTimeKind.Utc);
        if (endsAt <= now)
        {
            return (null, Words["Passed"]);
        }

        if (endsAt - now > ManualTimerLimits.LongestAhead)
        {
            return (null, Words["TooFar", (int)ManualTimerLimits.LongestAhead.TotalDays]);
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
