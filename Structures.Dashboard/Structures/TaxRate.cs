using System.Globalization;

namespace Structures.Dashboard.Structures;

// A customs office tax rate (a fraction) as players read it: "7.5 %", or "-" when not set.
public static class TaxRate
{
    public static string Text(double? rate) => rate is { } r ? (r * 100).ToString("0.#", CultureInfo.InvariantCulture) + " %" : "-";
}
