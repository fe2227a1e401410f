namespace Structures.Core.Cluster;

// This running instance's name among the others on one database: the machine, the process and a random part, so
// that two hosts in one process or a restarted process never pass for each other.
public sealed class InstanceIdentity
{
    public string Name { get; } = $"{Environment.MachineName}/{Environment.ProcessId}/{Guid.NewGuid().ToString("N")[..8]}";
}
