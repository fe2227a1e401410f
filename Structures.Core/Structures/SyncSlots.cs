namespace Structures.Core.Structures;

// When each owner's structures are due: owners get evenly spread slots in the interval, so they do not all hit ESI
// at the same moment. An owner never tried is due at once; after that, once per slot.
public static class SyncSlots
{
    // Owners in a fixed order, each with its last attempt: the ones due now, in that order.
    public static List<long> Due(IReadOnlyList<(long OwnerId, DateTime? LastAttemptAt)> owners, DateTime now, TimeSpan interval) =>
        owners.Where((o, index) => o.LastAttemptAt is not { } last || last < SlotStart(now, interval, Offset(interval, index, owners.Count)))
            .Select(o => o.OwnerId)
            .ToList();

    public static TimeSpan Offset(TimeSpan interval, int index, int count) => TimeSpan.FromTicks(interval.Ticks / Math.Max(1, count) * index);

    // The start of the owner's current slot: the latest offset + k × interval not after now.
    public static DateTime SlotStart(DateTime now, TimeSpan interval, TimeSpan offset)
    {
        var sinceEpoch = now.Ticks - offset.Ticks;
        return new DateTime(sinceEpoch - (sinceEpoch % interval.Ticks) + offset.Ticks, DateTimeKind.Utc);
    }
}
