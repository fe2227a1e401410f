using Microsoft.EntityFrameworkCore;
using Structures.Core.Access;
using Structures.Core.Data;
using Structures.Core.Structures;
using Structures.Core.Structures.Board;

namespace Structures.Core.Statistics;

// Counts over what the viewer may see, and nothing else: the board's rows (Visibility) and the notifications the
// notifications page would show them. Someone with basic access alone gets counts of nothing.
public sealed class StructureStatistics(IDbContextFactory<StructuresDbContext> contextFactory, Viewers viewers, StructureBoard board, TimeProvider clock)
{
    public const int Days = 30;

    public async Task<StatisticsPicture> ForAsync(ViewerId viewerId, CancellationToken cancellationToken)
    {
        var viewer = await viewers.ResolveAsync(viewerId, cancellationToken);
        if (!viewer.Can(Permission.BasicAccess))
        {
            return StatisticsPicture.Empty;
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var rows = await board.VisibleToAsync(viewerId, cancellationToken);
        var owners = rows.GroupBy(r => (r.OwnerId, r.OwnerName))
            .Select(g => new OwnerCount(g.Key.OwnerId, g.Key.OwnerName, g.Count(), g.CountBy(r => r.Kind).ToDictionary(c => c.Key, c => c.Value)))
            .OrderByDescending(o => o.Total).ThenBy(o => o.OwnerName)
            .ToList();
        var kinds = Counts(rows.Select(r => r.Kind));
        var states = Counts(rows.Select(r => StatisticStates.Of(r, now)));
        var fuel = Counts(rows.Select(r => r.FuelLeft(now)).OfType<TimeSpan>().Select(FuelBuckets.Of));
        return new StatisticsPicture(rows.Count, owners, kinds, states, fuel, await NotificationsAsync(viewer, now, cancellationToken));
    }

    private static Dictionary<T, int> Counts<T>(IEnumerable<T> values)
        where T : struct, Enum =>
        values.CountBy(v => v).ToDictionary(c => c.Key, c => c.Value);

    // Per type, per EVE day (UTC), the last 30 days including today; the busiest types first.
    private async Task<NotificationsPerDay> NotificationsAsync(Viewer viewer, DateTime now, CancellationToken cancellationToken)
    {
        var firstDay = DateOnly.FromDateTime(now).AddDays(-(Days - 1));
        var since = firstDay.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc);
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var stamps = await db.VisibleNotifications(viewer).AsNoTracking()
            .Where(n => n.Timestamp >= since)
            .Select(n => new { n.Type, n.Timestamp })
            .ToListAsync(cancellationToken);
        var days = Enumerable.Range(0, Days).Select(firstDay.AddDays).ToList();
        var types = stamps.GroupBy(s => s.Type)
            .Select(g =>
            {
                var perDay = new int[Days];
                foreach (var stamp in g)
                {
                    perDay[DateOnly.FromDateTime(stamp.Timestamp).DayNumber - firstDay.DayNumber]++;
                }

                return new TypePerDay(g.Key, g.Count(), perDay);
            })
            .OrderByDescending(t => t.Total).ThenBy(t => t.Type, StringComparer.Ordinal)
            .ToList();
        return new NotificationsPerDay(days, types);
    }
}

public sealed record StatisticsPicture(
    int StructureCount,
    IReadOnlyList<OwnerCount> Owners,
    IReadOnlyDictionary<StructureKind, int> Kinds,
    IReadOnlyDictionary<StatisticState, int> States,
    IReadOnlyDictionary<FuelBucket, int> Fuel,
    NotificationsPerDay Notifications)
{
    public static readonly StatisticsPicture Empty = new(0, [], new Dictionary<StructureKind, int>(), new Dictionary<StatisticState, int>(),
        new Dictionary<FuelBucket, int>(), new NotificationsPerDay([], []));
}

public sealed record OwnerCount(long OwnerId, string OwnerName, int Total, IReadOnlyDictionary<StructureKind, int> Kinds);

public sealed record NotificationsPerDay(IReadOnlyList<DateOnly> Days, IReadOnlyList<TypePerDay> Types);

public sealed record TypePerDay(string Type, int Total, IReadOnlyList<int> PerDay);
