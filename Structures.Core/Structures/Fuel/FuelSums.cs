namespace Structures.Core.Structures.Fuel;

// Fuel needed over the next week and month, summed by whatever groups the draws (owner, system, the whole fleet).
// What to haul is counted per structure: a full bay at one structure does not feed another.
public static class FuelSums
{
    public static readonly TimeSpan Week = TimeSpan.FromDays(7);
    public static readonly TimeSpan Month = TimeSpan.FromDays(30);

    public static long Need(double perHour, TimeSpan horizon) => (long)Math.Ceiling(perHour * horizon.TotalHours);

    // Nothing to haul where the bay already holds enough, or where no rate is known.
    public static long ToHaul(FuelDraw draw, TimeSpan horizon) =>
        draw.PerHour is { } perHour ? Math.Max(0, Need(perHour, horizon) - draw.Stock) : 0;

    public static IReadOnlyList<FuelTotal> By(IEnumerable<FuelDraw> draws, Func<FuelPlace, string> group) =>
        [.. draws.GroupBy(d => (Group: group(d.Place), d.Fuel))
            .OrderBy(g => g.Key.Group, StringComparer.OrdinalIgnoreCase).ThenBy(g => g.Key.Fuel)
            .Select(g => Total(g.Key.Group, g.Key.Fuel, [.. g]))];

    public static FuelTotal Total(string group, FuelKind fuel, IReadOnlyList<FuelDraw> draws)
    {
        var rated = draws.Where(d => d.PerHour is not null).ToList();
        return new FuelTotal(
            group, fuel, draws.Select(d => d.Place.StructureId).Distinct().Count(), draws.Count - rated.Count,
            rated.Count == 0 ? null : rated.Sum(d => d.PerHour!.Value) * 24,
            draws.Sum(d => d.Stock),
            rated.Count == 0 ? null : new FuelHorizon(rated.Sum(d => Need(d.PerHour!.Value, Week)), rated.Sum(d => ToHaul(d, Week))),
            rated.Count == 0 ? null : new FuelHorizon(rated.Sum(d => Need(d.PerHour!.Value, Month)), rated.Sum(d => ToHaul(d, Month))));
    }
}

// One fuel of one group: how many structures, how many of them with no known rate, a day's use, what the bays hold,
// and what the week and the month need (null where no structure of the group has a known rate).
public sealed record FuelTotal(
    string Group,
    FuelKind Fuel,
    int Structures,
    int WithoutRate,
    double? PerDay,
    long Stock,
    FuelHorizon? Week,
    FuelHorizon? Month);

public sealed record FuelHorizon(long Need, long ToHaul);
