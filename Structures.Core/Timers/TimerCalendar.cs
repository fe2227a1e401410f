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
                Uid = Uid(row.Key),
                Summary = TimerCommsLine.Subject(row),
                Description = Description(row),
                Location = row.PlanetOrMoon ?? row.SystemName,
                DtStart = at,
                DtEnd = at,
                DtStamp = new CalDateTime(DateTime.SpecifyKind(now, DateTimeKind.Utc)),
            });
        }

        return new CalendarSerializer().SerializeToString(calendar) ?? "";
    }

    public static string Uid(string timerKey) => $"structures-timer-{timerKey}";

    private static string Description(TimerBoardRow row) => string.Join('\n', new[]
    {
        $"{row.Kind} timer ({row.Category}), ends {EveTimeText.Date(row.EndsAt)} EVE",
        row.Source switch
        {
            TimerSource.Manual => $"Entered by hand by {row.CreatedBy ?? "?"}",
            TimerSource.StructureState => $"Owner: {row.OwnerName}, from the structure's state at the last sync",
            _ => $"Owner: {row.OwnerName}, from a notification",
        },
        row.PlanetOrMoon is { } celestial ? $"At: {celestial}" : null,
        row.Region is { } region ? $"Region: {region}" : null,
        row.Notes is { } notes ? $"Notes: {notes}" : null,
    }.OfType<string>());
}
