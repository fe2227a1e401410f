namespace Structures.Dashboard.Simulation.Esi;

// What ESI's corporation routes show of the simulated world at this moment.
internal sealed class EsiCorporationViews(SimWorld world)
{
    public IReadOnlyList<EsiCorporationStructure> Structures(long corporationId) => world.ReadCorporation(corporationId, all =>
        all.Where(s => s.CorporationId == corporationId && s.Kind is SimStructureKind.Upwell or SimStructureKind.JumpGate or SimStructureKind.MoonDrill)
            .Select(ToStructure).ToList());

    private EsiCorporationStructure ToStructure(SimStructure s)
    {
        // A structure out of fuel goes to low power: ESI drops fuel_expires and its services go offline.
        var lowPower = s.IsLowPower(world.Now);
        return new EsiCorporationStructure(
            s.Id, s.CorporationId, s.SystemId, s.TypeId, 10_000 + s.CorporationId % 1000, $"{world.Universe.SystemsById[s.SystemId].Name} - {s.Name}", s.State,
            s.StateTimerStart, s.StateTimerEnd, lowPower ? null : s.EffectiveFuelExpiry, s.UnanchorsAt,
            s.ReinforceHour, s.NextReinforceHour, s.NextReinforceApply,
            s.Services.Count == 0 ? null : s.Services.Select(x => new EsiService(x.Name, lowPower ? "offline" : "online")).ToList());
    }

    public IReadOnlyList<EsiStarbase> Starbases(long corporationId) => world.ReadCorporation(corporationId, all =>
        all.Where(s => s.CorporationId == corporationId && s.Kind == SimStructureKind.Starbase)
            .Select(s => new EsiStarbase(s.Id, s.TypeId, s.SystemId, s.MoonId, StarbaseState(s),
                s.OnlinedSince, s.ReinforcedUntil, s.UnanchorsAt))
            .ToList());

    private string StarbaseState(SimStructure s) =>
        s.State is "online" or "reinforced" && s.FuelExpires is { } expiry && expiry <= world.Now ? "offline" : s.State;

    public EsiStarbaseDetail? StarbaseDetail(long corporationId, long starbaseId, long systemId) => world.ReadCorporation(corporationId, all =>
    {
        var s = all.FirstOrDefault(x => x.Id == starbaseId && x.CorporationId == corporationId && x.Kind == SimStructureKind.Starbase);
        if (s is null || s.SystemId != systemId)
        {
            return null;
        }

        List<EsiStarbaseFuel> fuels = [new(SimCatalog.HeliumFuelBlock, s.FuelBlocksLeft(world.Now)), new(SimCatalog.Strontium, s.Strontium)];
        return new EsiStarbaseDetail(true, true, "config_starbase_equipment_role", true, false, null, null,
            "config_starbase_equipment_role", "starbase_fuel_technician_role", fuels.Where(f => f.Quantity > 0).ToList(),
            "config_starbase_equipment_role", "config_starbase_equipment_role", "config_starbase_equipment_role", true);
    });

    public IReadOnlyList<EsiCustomsOffice> CustomsOffices(long corporationId) => world.ReadCorporation(corporationId, all =>
        all.Where(s => s.CorporationId == corporationId && s.Kind == SimStructureKind.CustomsOffice)
            .Select(s => new EsiCustomsOffice(s.Id, s.SystemId, s.ReinforceExitStart, (s.ReinforceExitStart + 2) % 24,
                s.AllowAllianceAccess, s.AllowAccessWithStandings, "neutral", s.CorporationTaxRate, s.AllianceTaxRate,
                s.NeutralTaxRate, 0.05, 0.02, s.NeutralTaxRate is null ? null : 0.2, null))
            .ToList());

    public IReadOnlyList<EsiAsset> Assets(long corporationId) => world.ReadCorporation(corporationId, all =>
        all.Where(s => s.CorporationId == corporationId).SelectMany(AssetsOf).ToList());

    private IEnumerable<EsiAsset> AssetsOf(SimStructure s)
    {
        yield return new EsiAsset(s.Id, s.TypeId, s.SystemId, "solar_system", "AutoFit", 1, true);
        var now = world.Now;
        var slot = 0;
        foreach (var service in s.Services.Where(x => x.FuelPerHour > 0))
        {
            yield return new EsiAsset(s.Id * 100 + slot, service.ModuleTypeId, s.Id, "item", $"ServiceSlot{slot}", 1, true);
            slot++;
        }

        for (var i = 0; i < s.FittedModuleTypeIds.Count; i++)
        {
            yield return new EsiAsset(s.Id * 100 + 20 + i, s.FittedModuleTypeIds[i], s.Id, "item", $"HiSlot{i}", 1, true);
        }

        if (s.HasQuantumCore && SimCatalog.QuantumCoreFor(s.TypeId) is { } core)
        {
            yield return new EsiAsset(s.Id * 100 + 40, core, s.Id, "item", "QuantumCoreRoom", 1, true);
        }

        if (s.Kind is not (SimStructureKind.Starbase or SimStructureKind.CustomsOffice or SimStructureKind.Skyhook) && s.FuelBlocksLeft(now) > 0)
        {
            yield return new EsiAsset(s.Id * 100 + 50, SimCatalog.NitrogenFuelBlock, s.Id, "item", "StructureFuel", s.FuelBlocksLeft(now), false);
        }

        if (s.Kind == SimStructureKind.MoonDrill && s.MagmaticGasLeft(now) > 0)
        {
            yield return new EsiAsset(s.Id * 100 + 51, SimCatalog.MagmaticGas, s.Id, "item", "StructureFuel", s.MagmaticGasLeft(now), false);
        }

        if (s.Kind == SimStructureKind.JumpGate && s.LiquidOzone > 0)
        {
            yield return new EsiAsset(s.Id * 100 + 52, SimCatalog.LiquidOzone, s.Id, "item", "StructureFuel", s.LiquidOzone, false);
        }
    }

    public IReadOnlyList<EsiAssetName> AssetNames(long corporationId, IEnumerable<long> itemIds) => world.ReadCorporation(corporationId, all =>
        all.Where(s => s.CorporationId == corporationId && itemIds.Contains(s.Id))
            .Select(s => new EsiAssetName(s.Id, s.Name)).ToList());

    public IReadOnlyList<EsiAssetLocation> AssetLocations(long corporationId, IEnumerable<long> itemIds) => world.ReadCorporation(corporationId, all =>
        all.Where(s => s.CorporationId == corporationId && itemIds.Contains(s.Id))
            .Select(s => new EsiAssetLocation(s.Id, new EsiPosition(s.X, s.Y, s.Z))).ToList());

    // Refineries on a moon run a 14-day cycle: extraction started 5 days ago, chunk arrives in 9.
    public IReadOnlyList<EsiExtraction> Extractions(long corporationId) => world.ReadCorporation(corporationId, all =>
        all.Where(s => s.CorporationId == corporationId && s.TypeId is SimCatalog.Athanor or SimCatalog.Tatara && s.MoonId is not null)
            .Select(s =>
            {
                var start = world.Now.Date.AddDays(-5).AddHours(s.ReinforceHour);
                var arrival = start.AddDays(14);
                return new EsiExtraction(s.Id, s.MoonId!.Value, start, arrival, arrival.AddHours(3));
            })
            .ToList());
}
