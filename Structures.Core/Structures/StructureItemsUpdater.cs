using Structures.Core.Esi.Models;

namespace Structures.Core.Structures;

// Fitting, quantum core and fuel bays from the corporation's assets; items are replaced on every asset sync.
internal static class StructureItemsUpdater
{
    private static readonly string[] NotInStructure = ["CorpDeliveries", "OfficeFolder", "SecondaryStorage", "AutoFit"];
    private static readonly string[] FittingSlots = ["HiSlot", "MedSlot", "LoSlot", "RigSlot", "ServiceSlot", "FighterTube"];
    private const long LiquidOzoneTypeId = 16273;

    // The types of what sits in the owner's Upwell structures, so their names are known before the page shows them.
    public static IEnumerable<long> TypeIdsIn(OwnerSnapshot snapshot)
    {
        var structureIds = (snapshot.Upwell ?? []).Select(s => s.StructureId).ToHashSet();
        return (snapshot.Assets ?? []).Where(a => structureIds.Contains(a.LocationId) && !NotInStructure.Contains(a.LocationFlag)).Select(a => a.TypeId);
    }

    public static void Apply(SyncContext context)
    {
        if (context.Snapshot.Assets is not { } assets)
        {
            return;
        }

        var structures = context.Existing.Values.Where(s => s.IsUpwell && context.Seen.Contains(s.Id)).ToDictionary(s => s.Id);

        // One item has one place: de-duplicated by item ID, and moved (not deleted and re-added) when it changed structure.
        var desired = assets.Where(a => structures.ContainsKey(a.LocationId) && !NotInStructure.Contains(a.LocationFlag))
            .DistinctBy(a => a.ItemId)
            .ToDictionary(a => a.ItemId);
        var rows = new Dictionary<long, StructureItem>();
        foreach (var structure in structures.Values)
        {
            foreach (var row in structure.Items.ToList())
            {
                if (!desired.TryGetValue(row.Id, out var asset) || asset.LocationId != structure.Id)
                {
                    structure.Items.Remove(row);
                }

                if (asset is not null)
                {
                    rows[row.Id] = row;
                }
            }
        }

        foreach (var asset in desired.Values)
        {
            var target = structures[asset.LocationId];
            if (!rows.TryGetValue(asset.ItemId, out var row))
            {
                row = new StructureItem { Id = asset.ItemId, LocationFlag = asset.LocationFlag };
            }

            if (!target.Items.Contains(row))
            {
                target.Items.Add(row);
            }

            row.TypeId = asset.TypeId;
            row.LocationFlag = asset.LocationFlag;
            row.Quantity = asset.Quantity;
            row.IsSingleton = asset.IsSingleton;
        }

        var byStructure = desired.Values.ToLookup(a => a.LocationId);
        foreach (var structure in structures.Values)
        {
            Summarise(structure, [.. byStructure[structure.Id]]);
        }
    }

    private static void Summarise(Structure structure, List<EsiAsset> items)
    {
        structure.HasCore = items.Any(i => i.LocationFlag == "QuantumCoreRoom");
        structure.HasFitting = items.Any(i => FittingSlots.Any(slot => i.LocationFlag.StartsWith(slot, StringComparison.Ordinal)));
        var fuelBay = items.Where(i => i.LocationFlag == "StructureFuel").ToList();
        structure.FuelBlocks = fuelBay.Where(i => StarbaseFuel.FuelBlockTypeIds.Contains(i.TypeId)).Sum(i => i.Quantity);
        if (structure.Kind == StructureKind.JumpGate)
        {
            structure.LiquidOzone = fuelBay.Where(i => i.TypeId == LiquidOzoneTypeId).Sum(i => i.Quantity);
        }
    }
}
