namespace Structures.Core.Cluster;

// A piece of work one instance does at a time ("webhook:12", "owner-sync:98000001"): who holds it, and until when.
// A holder that stops renewing (a crashed instance) loses it when Until passes.
public sealed class WorkLease
{
    public const int MaxNameLength = 200;

    public required string Name { get; set; }

    public required string Holder { get; set; }

    public DateTime Until { get; set; }
}
