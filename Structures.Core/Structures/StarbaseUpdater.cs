using Structures.Core.Esi.Models;

namespace Structures.Core.Structures;

// Starbases: state from the list, configuration and fuel bay from the detail, expiry projected from the fuel bay.
internal static class StarbaseUpdater
{
    public static void Apply(SyncContext context)
    {
        foreach (var esi in context.Snapshot.Starbases ?? [])
        {
            var existed = context.Existing.ContainsKey(esi.StarbaseId);
            var s = context.Row(esi.StarbaseId, StructureKind.Starbase, esi.TypeId, esi.SystemId, "Starbase");
            var fuelBefore = s.FuelExpiresAt;
            s.Name = context.Snapshot.Names.GetValueOrDefault(esi.StarbaseId) is { Length: > 0 } name ? name : existed ? s.Name : "Starbase";
            s.TypeId = esi.TypeId;
            s.SolarSystemId = esi.SystemId;
            s.MoonId = esi.MoonId ?? s.MoonId;
            s.State = StructureStates.FromStarbase(esi.State);
            s.StateTimerStart = null;
            s.StateTimerEnd = esi.ReinforcedUntil?.ToUniversalTime();
            s.UnanchorsAt = esi.UnanchorAt?.ToUniversalTime();
            s.LastUpdatedAt = context.Now;
            s.EsiDataAt = context.TakenAt(context.Snapshot.StarbasesTakenAt);
            SyncContext.Place(s, context.Snapshot.Positions.GetValueOrDefault(esi.StarbaseId));
            if (context.Snapshot.StarbaseDetails.TryGetValue(esi.StarbaseId, out var detail))
            {
                ApplyDetail(context, s, detail.Detail, detail.LastModified ?? context.Now);
            }

            context.NoteFuel(s, fuelBefore, s.FuelExpiresAt, existed);
        }
    }

    private static void ApplyDetail(SyncContext context, Structure s, EsiStarbaseDetail esi, DateTime measuredAt)
    {
        var detail = s.Starbase ??= new StarbaseDetail();
        var typeName = context.Types.TryGetValue(s.TypeId, out var type) ? type.Name : "";
        var fuels = esi.Fuels ?? [];
        detail.AllowAllianceMembers = esi.AllowAllianceMembers;
        detail.AllowCorporationMembers = esi.AllowCorporationMembers;
        detail.AttackIfAtWar = esi.AttackIfAtWar;
        detail.AttackIfOtherSecurityStatusDropping = esi.AttackIfOtherSecurityStatusDropping;
        detail.AttackSecurityStatusThreshold = esi.AttackSecurityStatusThreshold;
        detail.AttackStandingThreshold = esi.AttackStandingThreshold;
        detail.UseAllianceStandings = esi.UseAllianceStandings;
        detail.AnchorRole = esi.Anchor ?? "";
        detail.UnanchorRole = esi.Unanchor ?? "";
        detail.OnlineRole = esi.Online ?? "";
        detail.OfflineRole = esi.Offline ?? "";
        detail.FuelBayViewRole = esi.FuelBayView ?? "";
        detail.FuelBayTakeRole = esi.FuelBayTake ?? "";
        detail.FuelBlocks = fuels.Where(f => StarbaseFuel.FuelBlockTypeIds.Contains(f.TypeId)).Sum(f => f.Quantity);
        detail.Strontium = fuels.Where(f => f.TypeId == StarbaseFuel.StrontiumTypeId).Sum(f => f.Quantity);
        detail.FuelBlocksPerHour = StarbaseFuel.BlocksPerHour(typeName);
        detail.StrontiumHours = StarbaseFuel.StrontiumHours(typeName, detail.Strontium);
        detail.LastModifiedAt = measuredAt;
        s.FuelBlocks = detail.FuelBlocks;

        // An offline tower burns nothing, so it has no fuel expiry.
        s.FuelExpiresAt = StarbaseFuel.Burns(s.State) ? StarbaseFuel.ExpiresAt(measuredAt, detail.FuelBlocks, typeName, context.HasSovereignty(s.SolarSystemId)) : null;
    }
}
