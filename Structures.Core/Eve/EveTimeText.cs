using System.Globalization;
using System.Text;
using Microsoft.Extensions.Localization;

namespace Structures.Core.Eve;

// How times read everywhere: EVE time (UTC) as EVE writes them, "2019.10.06 14:51", durations as "3d 4h", "5h 20m" or "15m".
// The sentences around them ("in 3d 4h", "EVE") belong to the language of the message or page: given TimeWords, the
// units, those sentences and the numbers are the reader's language (the current UI culture, which a Discord message
// is rendered in: NotificationLanguage.Render); without, they are English.
public static class EveTimeText
{
    private static readonly Dictionary<string, CompositeFormat> English = new(StringComparer.Ordinal)
    {
        ["DaysHours"] = CompositeFormat.Parse("{0}d {1}h"),
        ["HoursMinutes"] = CompositeFormat.Parse("{0}h {1}m"),
        ["Minutes"] = CompositeFormat.Parse("{0}m"),
        ["MinutesSeconds"] = CompositeFormat.Parse("{0}m {1:00}s"),
        ["Seconds"] = CompositeFormat.Parse("{0}s"),
        ["In"] = CompositeFormat.Parse("in {0}"),
        ["Ago"] = CompositeFormat.Parse("{0} ago"),
    };

    private delegate string Words(string key, params object[] arguments);

    public static string Duration(TimeSpan span) => Duration(span, InEnglish);

    public static string Duration(TimeSpan span, IStringLocalizer<TimeWords> words) => Duration(span, From(words));

    // A countdown: like Duration, with seconds in the last hour ("59m 07s", "42s").
    public static string Countdown(TimeSpan span) => Countdown(span, InEnglish);

    public static string Countdown(TimeSpan span, IStringLocalizer<TimeWords> words) => Countdown(span, From(words));

    // "in 3d 4h", "59m 07s ago".
    public static string Relative(DateTime at, DateTime now) => Relative(at, now, InEnglish);

    public static string Relative(DateTime at, DateTime now, IStringLocalizer<TimeWords> words) => Relative(at, now, From(words));

    public static string Date(DateTime at) => at.ToString("yyyy.MM.dd HH:mm", CultureInfo.InvariantCulture);

    private static string Duration(TimeSpan span, Words words)
    {
        var abs = span.Duration();
        return abs.TotalDays >= 1 ? words("DaysHours", (int)abs.TotalDays, abs.Hours)
            : abs.TotalHours >= 1 ? words("HoursMinutes", (int)abs.TotalHours, abs.Minutes)
            : words("Minutes", abs.Minutes);
    }

    private static string Countdown(TimeSpan span, Words words)
    {
        var abs = span.Duration();
        return abs >= TimeSpan.FromHours(1) ? Duration(abs, words)
            : abs.TotalMinutes >= 1 ? words("MinutesSeconds", abs.Minutes, abs.Seconds)
            : words("Seconds", abs.Seconds);
    }

    private static string Relative(DateTime at, DateTime now, Words words) =>
        at >= now ? words("In", Countdown(at - now, words)) : words("Ago", Countdown(now - at, words));

    private static string InEnglish(string key, params object[] arguments) =>
        string.Format(CultureInfo.InvariantCulture, English[key], arguments);

    private static Words From(IStringLocalizer words) => (key, arguments) => words[key, [.. arguments.Select(a => a is int n ? new Number(n) : a)]];

    // A number written as the reader's language writes numbers, whatever culture the localizer formats with.
    private sealed class Number(int value) : IFormattable
    {
        public string ToString(string? format, IFormatProvider? formatProvider) => value.ToString(format, ReadersCulture());

        public override string ToString() => value.ToString(ReadersCulture());

        private static CultureInfo ReadersCulture() => CultureInfo.GetCultureInfo(CultureInfo.CurrentUICulture.Name);
    }
}
