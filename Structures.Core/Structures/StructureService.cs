namespace Structures.Core.Structures;

public sealed class StructureService
{
    public int Id { get; set; }
    public long StructureId { get; set; }
    public required string Name { get; set; }
    public bool IsOnline { get; set; }
}
