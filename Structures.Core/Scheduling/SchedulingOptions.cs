using System.ComponentModel.DataAnnotations;

namespace Structures.Core.Scheduling;

public sealed class SchedulingOptions
{
    public const string SectionName = "Structures:Scheduling";

    // Runs the recurring jobs and background loops of JobSchedule. Off only for maintenance, and for tests that drive
    // syncs and deliveries themselves.
    public bool Enabled { get; set; } = true;

    // Several instances on PostgreSQL: how often each one's Quartz scheduler checks in. One that misses its check-ins
    // for this long again is taken for dead, and the others fire its triggers.
    [Range(typeof(TimeSpan), "00:00:01", "00:05:00")]
    public TimeSpan ClusterCheckinInterval { get; set; } = TimeSpan.FromSeconds(5);

    // Several instances on PostgreSQL: how long an owner's sync or notification fetch stays with the instance doing
    // it (renewed while it runs), and so how soon another one takes over the owners of an instance that died.
    [Range(typeof(TimeSpan), "00:00:03", "00:30:00")]
    public TimeSpan OwnerLease { get; set; } = TimeSpan.FromMinutes(1);

    // Several instances on PostgreSQL: how often each instance looks for owners whose structures are due.
    [Range(typeof(TimeSpan), "00:00:01", "00:10:00")]
    public TimeSpan SyncCheckInterval { get; set; } = TimeSpan.FromMinutes(1);
}
