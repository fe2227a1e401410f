using Structures.Core.Eve;

namespace Structures.Core.Structures;

// Upwell structures, Metenox drills and Ansiblex gates from ESI's corporation structure list (aa-structures §2.5).
internal static class UpwellUpdater
{
    public const long JumpGateGroupId = 1408, MoonDrillGroupId = 4744, RefineryGroupId = 1406;

    public static void Apply(SyncContext context)
    {
        foreach (var esi in context.Snapshot.Upwell ?? [])
        {
            var existed = context.Existing.ContainsKey(esi.StructureId);
            var groupId = context.Types.TryGetValue(esi.TypeId, out var type) ? type.GroupId : 0;
            var kind = groupId switch
            {
                JumpGateGroupId => StructureKind.JumpGate,
                MoonDrillGroupId => StructureKind.MoonDrill,
                _ => esi.TypeId switch { 35841 => StructureKind.JumpGate, 81826 => StructureKind.MoonDrill, _ => StructureKind.Upwell },
            };
            var systemName = context.Systems.TryGetValue(esi.SystemId, out var system) ? system.Name : null;
            var rawName = !string.IsNullOrWhiteSpace(esi.Name) ? esi.Name : context.Snapshot.Names.GetValueOrDefault(esi.StructureId);
            var s = context.Row(esi.StructureId, kind, esi.TypeId, esi.SystemId, StructureNames.NoData);
            var fuelBefore = s.FuelExpiresAt;

            // A name ESI could not give keeps the one we had.
            if (rawName is not null)
            {
                s.Name = StructureNames.WithoutSystem(rawName, systemName);
            }

            s.TypeId = esi.TypeId;
            s.SolarSystemId = esi.SystemId;
            s.State = StructureStates.FromUpwell(esi.State);
            s.StateTimerStart = esi.StateTimerStart?.ToUniversalTime();
            s.StateTimerEnd = esi.StateTimerEnd?.ToUniversalTime();
            s.FuelExpiresAt = esi.FuelExpires?.ToUniversalTime();
            s.UnanchorsAt = esi.UnanchorsAt?.ToUniversalTime();
            s.ReinforceHour = esi.ReinforceHour;
            s.NextReinforceHour = esi.NextReinforceHour;
            s.NextReinforceApply = esi.NextReinforceApply?.ToUniversalTime();
            s.LastUpdatedAt = context.Now;
            s.EsiDataAt = context.TakenAt(context.Snapshot.UpwellTakenAt);
            SyncContext.Place(s, context.Snapshot.Positions.GetValueOrDefault(esi.StructureId));
            ApplyServices(s, esi.Services ?? [], context.Now);

            if (kind == StructureKind.MoonDrill || groupId == RefineryGroupId)
            {
                s.MoonId = context.Snapshot.RefineryMoons.TryGetValue(s.Id, out var moon)
                    ? moon
                    : context.NearestCelestial(s.SolarSystemId, CelestialKind.Moon, context.Snapshot.Positions.GetValueOrDefault(s.Id))?.Id ?? s.MoonId;
            }

            if (kind == StructureKind.MoonDrill)
            {
                ApplyMoonDrillFuel(context, s);
            }

            context.NoteFuel(s, fuelBefore, s.FuelExpiresAt, existed);
        }
    }

    // Services are rebuilt on every sync; any online service means the structure had power now.
    private static void ApplyServices(Structure structure, List<Esi.Models.EsiStructureService> services, DateTime now)
    {
        structure.Services.RemoveAll(existing => services.All(s => s.Name != existing.Name));
        foreach (var service in services)
        {
            var row = structure.Services.FirstOrDefault(x => x.Name == service.Name);
            if (row is null)
            {
                row = new StructureService { Name = service.Name };
                structure.Services.Add(row);
            }

            row.IsOnline = service.IsOnline;
        }

        if (structure.Services.Any(x => x.IsOnline))
        {
            structure.LastOnlineAt = now;
        }
    }

    // The drill stops on whichever runs out first: fuel blocks (ESI's fuel_expires) or magmatic gas (from assets).
    private static void ApplyMoonDrillFuel(SyncContext context, Structure drill)
    {
        if (context.Snapshot.Assets is not { } assets)
        {
            return;
        }

        var gas = assets.Where(a => a.LocationId == drill.Id && a.TypeId == MoonDrillFuel.MagmaticGasTypeId).Sum(a => a.Quantity);
        drill.MagmaticGas = gas;
        var measuredAt = context.Snapshot.AssetsMeasuredAt is { } at && at <= context.Now ? at : context.Now;
        drill.FuelExpiresAt = MoonDrillFuel.ExpiresAt(measuredAt, drill.FuelExpiresAt, gas);
    }
}
