namespace Structures.Core.Notifications.Alerts;

// The fuel alerts a structure has earned: per rule, the bucket its fuel left falls in, unless that bucket was
// already alerted. A refuel deletes the structure's sent fuel alerts, which re-arms every bucket.
public static class FuelAlertBuckets
{
    public static List<(FuelAlertRule Rule, int Bucket)> Due(long structureId, double hoursLeft, IEnumerable<FuelAlertRule> rules, IReadOnlyCollection<SentAlert> sent) =>
        [.. rules.Select(rule => (Rule: rule, Bucket: rule.Bucket(hoursLeft)))
            .Where(r => r.Bucket is { } bucket && !sent.Any(a => a.StructureId == structureId && a.Kind == AlertKind.Fuel && a.RuleId == r.Rule.Id && a.Bucket == bucket))
            .Select(r => (r.Rule, r.Bucket!.Value))];
}
