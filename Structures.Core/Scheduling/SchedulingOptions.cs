namespace Structures.Core.Scheduling;

public sealed class SchedulingOptions
{
    public const string SectionName = "Structures:Scheduling";

    // Runs the recurring jobs and background loops of JobSchedule. Off only for maintenance, and for tests that drive
    // syncs and deliveries themselves.
    public bool Enabled { get; set; } = true;
}
