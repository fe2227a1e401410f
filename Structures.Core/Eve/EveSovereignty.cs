namespace Structures.Core.Eve;

// Who holds sovereignty in a system (ESI /sovereignty/map), replaced on every refresh.
public sealed class EveSovereignty
{
    public long SolarSystemId { get; set; }
    public long? AllianceId { get; set; }
    public long? CorporationId { get; set; }
    public DateTime UpdatedAt { get; set; }
}
