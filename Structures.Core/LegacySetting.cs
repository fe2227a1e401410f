using System.Globalization;
using Structures.Core.Data;

namespace Structures.Core;

// The unit an old duration setting was counted in.
public enum LegacyUnit
{
    None,
    Seconds,
    Minutes,
    Hours,
}

// One old name and the setting it became, both under "Structures"; durations were whole numbers of a unit.
public sealed record LegacySetting(string OldName, string NewName, LegacyUnit Unit = LegacyUnit.None)
{
    public string OldKey => $"{LegacySettingNames.Root}:{OldName}";
    public string NewKey => $"{LegacySettingNames.Root}:{NewName}";

    // The options section the new name is in ("Structures:Sync"), and its property there ("Interval").
    public string Section => NewKey[..NewKey.LastIndexOf(':')];
    public string Property => NewKey[(NewKey.LastIndexOf(':') + 1)..];

    public string Convert(string value)
    {
        if (Unit == LegacyUnit.None)
        {
            return value;
        }

        try
        {
            var count = int.Parse(value, NumberStyles.Integer, CultureInfo.InvariantCulture);
            var span = Unit switch
            {
                LegacyUnit.Seconds => TimeSpan.FromSeconds(count),
                LegacyUnit.Minutes => TimeSpan.FromMinutes(count),
                _ => TimeSpan.FromHours(count),
            };
            return span.ToString("c", CultureInfo.InvariantCulture);
        }
        catch (Exception e) when (e is FormatException or OverflowException or ArgumentOutOfRangeException)
        {
            throw new StartupRefusedException($"{OldKey} must be a whole number of {Unit.ToString().ToLowerInvariant()} (or set {NewKey} as days.hours:minutes:seconds), not \"{value}\".");
        }
    }
}
