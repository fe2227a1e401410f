using System.ComponentModel.DataAnnotations;

namespace Structures.Core.Structures;

public sealed class SyncOptions
{
    public const string SectionName = "Structures:Sync";

    // Each owner's structures are synced this often; owners are spread over the interval.
    [Range(typeof(TimeSpan), "00:01:00", "1.00:00:00")]
    public TimeSpan Interval { get; set; } = TimeSpan.FromMinutes(30);

    // Owners synced at the same time at most.
    [Range(1, 32)]
    public int Parallelism { get; set; } = 4;

    // Which kinds besides Upwell structures, Metenox drills and jump gates are synced.
    public bool CustomsOffices { get; set; } = true;
    public bool Starbases { get; set; } = true;
    public bool Skyhooks { get; set; } = true;

    // 403 "not a director" answers from ESI before a sync character is disabled (ESI sometimes says so wrongly).
    [Range(1, 100)]
    public int DirectorErrorMaxRetries { get; set; } = 3;
}
