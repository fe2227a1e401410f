namespace Structures.Core.Eve;

// A type of EVE's static data (a structure hull, a module, a fuel), as resolved from ESI and cached.
public sealed class EveType
{
    public long Id { get; set; }
    public required string Name { get; set; }
    public long GroupId { get; set; }
    public long CategoryId { get; set; }
    public string GroupName { get; set; } = "";
    public double Volume { get; set; }
    public DateTime UpdatedAt { get; set; }
}
