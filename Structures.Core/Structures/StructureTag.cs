namespace Structures.Core.Structures;

// A label on structures. Generated tags (space type, sovereignty) are kept by the sync, custom ones by admins.
public sealed class StructureTag
{
    public int Id { get; set; }
    public required string Name { get; set; }
    public string Description { get; set; } = "";
    public string Style { get; set; } = "default";
    public int Order { get; set; } = 100;
    public bool IsDefault { get; set; }
    public bool IsUserManaged { get; set; } = true;
    public List<Structure> Structures { get; set; } = [];
}
