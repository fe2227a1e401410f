using Ical.Net;
using Ical.Net.CalendarComponents;
using Ical.Net.DataTypes;
using Ical.Net.Serialization;
using Structures.Core.Eve;

namespace Structures.Core.Timers;

// Timers as an iCalendar document: one event per timer at the moment it ends (start and end alike), with a UID that
// stays the same for the timer across fetches, so calendar apps update events instead of adding them again.
public static class TimerCalendar
{
    public static string Write(IEnumerable<TimerBoardRow> rows, DateTime now)
    {
        var calendar = new Calendar { ProductId = "-//Structures//Timers//EN" };
        calendar.AddProperty("X-WR-CALNAME", "Structures timers");
        foreach (var row in rows)
        {
            var at = new CalDateTime(DateTime.SpecifyKind(row.EndsAt, DateTimeKind.Utc));
            calendar.Events.Add(new CalendarEvent
            {
                Uid = Uid(row.Id),
                Summary = Summary(row),
                Description = Description(row),
                Location = row.PlanetOrMoon ?? row.SystemName,
                DtStart = at,
                DtEnd = at,
                DtStamp = new CalDateTime(DateTime.SpecifyKind(now, DateTimeKind.Utc)),
            });
        }

        return new CalendarSerializer().SerializeToString(calendar) ?? "";
    }

    public static string Uid(int timerId) => $"structures-timer-{timerId}";

    // "[Armor] 1-PGSG – Applied Sciences (Raitaru)"
    public static string Summary(TimerBoardRow row) =>
        $"[{row.Kind}] {row.SystemName} – {row.StructureName}" + (row.StructureType is { } type ? $" ({type})" : "");

    private static string Description(TimerBoardRow row) => string.Join('\n', new[]
    {
        $"{row.Kind} timer ({row.Category}), ends {EveTimeText.Date(row.EndsAt)} EVE",
        row.Source == TimerSource.Manual ? $"Entered by hand by {row.CreatedBy ?? "?"}" : $"Owner: {row.OwnerName}, from a notification",
        row.PlanetOrMoon is { } celestial ? $"At: {celestial}" : null,
        row.Region is { } region ? $"Region: {region}" : null,
        row.Notes is { } notes ? $"Notes: {notes}" : null,
    }.OfType<string>());
}
