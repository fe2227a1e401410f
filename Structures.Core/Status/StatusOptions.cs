using System.ComponentModel.DataAnnotations;

namespace Structures.Core.Status;

public sealed class StatusOptions
{
    public const string SectionName = "Structures:Status";

    // A structure or asset sync older than this counts as down for the service status.
    [Range(typeof(TimeSpan), "00:01:00", "7.00:00:00")]
    public TimeSpan StructureSyncGrace { get; set; } = TimeSpan.FromMinutes(120);

    // A notification fetch or forwarding older than this counts as down for the service status.
    [Range(typeof(TimeSpan), "00:01:00", "7.00:00:00")]
    public TimeSpan NotificationSyncGrace { get; set; } = TimeSpan.FromMinutes(40);
}
