namespace Structures.Core.Structures.CustomsOffices;

// What a customs office offers one character, as aa-structures works it out: its owner's members pay the
// corporation rate; members of the owner's alliance the alliance rate when the office lets the alliance in and
// names that rate; anyone else is taken as of neutral standing, since Structures cannot read the owner's standings,
// and is let in only when the office allows access by standing from neutral or below and names a neutral rate.
public sealed record CustomsOfficeTerms(bool HasAccess, double? TaxRate, TaxBasis Basis)
{
    public static CustomsOfficeTerms For(CustomsOfficeDetail? office, long ownerCorporationId, long? ownerAllianceId, long? corporationId, long? allianceId)
    {
        if (office is null)
        {
            return new(false, null, TaxBasis.Unknown);
        }

        if (corporationId == ownerCorporationId)
        {
            return new(true, office.CorporationTaxRate, TaxBasis.Corporation);
        }

        if (ownerAllianceId is not null && allianceId == ownerAllianceId && office.AllowAllianceAccess && office.AllianceTaxRate is { } allianceRate)
        {
            return new(true, allianceRate, TaxBasis.Alliance);
        }

        var access = office.AllowAccessWithStandings && RequiredStanding(office.StandingLevel) <= 0 && office.NeutralStandingTaxRate is not null;
        return new(access, access ? office.NeutralStandingTaxRate : null, TaxBasis.NeutralStanding);
    }

    // ESI's standing_level: the lowest standing let in; none set lets in anyone.
    private static int RequiredStanding(string? level) => level switch
    {
        "terrible" => -10,
        "bad" => -5,
        "neutral" => 0,
        "good" => 5,
        "excellent" => 10,
        _ => -99,
    };
}

// Where the rate comes from. NeutralStanding is a guess: the owner's standing towards the character is not known.
public enum TaxBasis
{
    Unknown,
    Corporation,
    Alliance,
    NeutralStanding,
}
