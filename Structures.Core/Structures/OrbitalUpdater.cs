using Structures.Core.Eve;

namespace Structures.Core.Structures;

// Customs offices (from their list) and skyhooks (from assets), placed at their planet.
internal static class OrbitalUpdater
{
    public static void ApplyCustomsOffices(SyncContext context)
    {
        foreach (var esi in context.Snapshot.CustomsOffices ?? [])
        {
            var s = context.Row(esi.OfficeId, StructureKind.CustomsOffice, 2233, esi.SystemId, "Customs Office");
            var position = context.Snapshot.Positions.GetValueOrDefault(esi.OfficeId);
            SyncContext.Place(s, position);
            var assetName = context.Snapshot.Names.GetValueOrDefault(esi.OfficeId);
            var planet = PlanetByName(context, esi.SystemId, StructureNames.PlanetInCustomsOfficeName(assetName))
                ?? context.NearestCelestial(esi.SystemId, CelestialKind.Planet, position);
            s.PlanetId = planet?.Id ?? s.PlanetId;
            s.Name = planet?.Name ?? assetName ?? s.Name;
            s.SolarSystemId = esi.SystemId;
            s.State = StructureState.Unknown;
            s.ReinforceHour = (esi.ReinforceExitStart + 1) % 24;
            s.LastUpdatedAt = context.Now;
            s.EsiDataAt = context.TakenAt(context.Snapshot.CustomsOfficesTakenAt);

            var detail = s.CustomsOffice ??= new CustomsOfficeDetail();
            detail.AllianceTaxRate = esi.AllianceTaxRate;
            detail.CorporationTaxRate = esi.CorporationTaxRate;
            detail.ExcellentStandingTaxRate = esi.ExcellentStandingTaxRate;
            detail.GoodStandingTaxRate = esi.GoodStandingTaxRate;
            detail.NeutralStandingTaxRate = esi.NeutralStandingTaxRate;
            detail.BadStandingTaxRate = esi.BadStandingTaxRate;
            detail.TerribleStandingTaxRate = esi.TerribleStandingTaxRate;
            detail.AllowAccessWithStandings = esi.AllowAccessWithStandings;
            detail.AllowAllianceAccess = esi.AllowAllianceAccess;
            detail.ReinforceExitStart = esi.ReinforceExitStart;
            detail.ReinforceExitEnd = esi.ReinforceExitEnd;
            detail.StandingLevel = esi.StandingLevel;
        }
    }

    public static void ApplySkyhooks(SyncContext context)
    {
        foreach (var asset in context.Snapshot.Skyhooks)
        {
            var position = context.Snapshot.Positions.GetValueOrDefault(asset.ItemId);
            var s = context.Row(asset.ItemId, StructureKind.Skyhook, asset.TypeId, asset.LocationId, "Orbital Skyhook");
            SyncContext.Place(s, position);
            var planet = context.NearestCelestial(asset.LocationId, CelestialKind.Planet, position);
            s.PlanetId = planet?.Id ?? s.PlanetId;
            s.Name = planet?.Name ?? s.Name;
            s.SolarSystemId = asset.LocationId;
            s.State = StructureState.Unknown;
            s.LastUpdatedAt = context.Now;
            s.EsiDataAt = context.TakenAt(context.Snapshot.AssetsMeasuredAt);
        }
    }

    // A name that does not match any planet (renamed, or planets not loaded) falls back to the nearest planet.
    private static EveCelestial? PlanetByName(SyncContext context, long systemId, string? planetName) =>
        planetName is null ? null : context.Celestials[systemId].FirstOrDefault(c => c.Kind == CelestialKind.Planet && c.Name == planetName);
}
