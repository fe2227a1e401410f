namespace Structures.Core.Notifications.Alerts;

// One alert already sent: (structure, rule, bucket) for fuel, (structure, rule) for jump fuel with Bucket 0,
// (structure, minute the reinforcement ends) for a reinforced starbase.
public sealed class SentAlert
{
    public int Id { get; set; }
    public long StructureId { get; set; }
    public AlertKind Kind { get; set; }
    public int RuleId { get; set; }
    public int Bucket { get; set; }
    public DateTime SentAt { get; set; }
}

public enum AlertKind
{
    Fuel,
    JumpFuel,
    StarbaseReinforced,
}
