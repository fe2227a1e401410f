namespace Structures.Core.Eve;

// A named character, corporation or alliance, with its affiliation where ESI gives one.
public sealed class EveEntity
{
    public long Id { get; set; }
    public required string Name { get; set; }
    public required string Category { get; set; }
    public string? Ticker { get; set; }
    public long? CorporationId { get; set; }
    public long? AllianceId { get; set; }
    public DateTime UpdatedAt { get; set; }
}
