namespace Structures.Core.Data;

// Whether this process runs the demo. A demo database holds simulated owners and grants to simulated characters,
// so each kind of process opens only its own kind of database.
public sealed record DatabasePurpose(bool IsDemo)
{
    public static readonly DatabasePurpose Real = new(IsDemo: false);
    public static readonly DatabasePurpose Demo = new(IsDemo: true);
}
