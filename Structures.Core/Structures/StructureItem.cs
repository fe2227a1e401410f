namespace Structures.Core.Structures;

// Something fitted to or stored in a structure (a module, the quantum core, fuel), from the corporation's assets.
public sealed class StructureItem
{
    public long Id { get; set; }
    public long StructureId { get; set; }
    public long TypeId { get; set; }
    public required string LocationFlag { get; set; }
    public long Quantity { get; set; }
    public bool IsSingleton { get; set; }
}
