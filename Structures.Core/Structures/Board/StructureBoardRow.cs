
namespace Structures.Core.Structures.Board;

// One line of the structure board, already reduced to what a viewer may see.
public sealed record StructureBoardRow(
    long Id,
    long OwnerId,
    string OwnerName,
    string? AllianceName,
    StructureKind Kind,
    long TypeId,
    string TypeName,
    string Name,
    long SolarSystemId,
    string SystemName,
    string RegionName,
    double Security,
    StructureState State,
    DateTime? StateTimerEnd,
    DateTime? FuelExpiresAt,
    PowerMode? PowerMode,
    IReadOnlyList<string> Tags,
    IReadOnlyList<BoardService> Services,
    int? ReinforceHour,
    CoreStatus Core,
    bool? HasFitting,
    long? LiquidOzone,
    StructureOverlay? Overlay = null,
    CustomsOfficeDetail? CustomsOffice = null)
{
    // What the board's "Low fuel" filter means, and says it means.
    public static readonly TimeSpan LowFuelUnder = TimeSpan.FromDays(7);

    public bool IsReinforced => State.IsReinforced();

    public bool IsLowFuel(DateTime now) => FuelLeft(now) is { } left && left < LowFuelUnder;

    // Not shown: with the fuel expiry it decides the power mode, which moves with the clock.
    public DateTime? LastOnlineAt { get; init; }

    // Whether the clock has moved the power mode on since the row was read.
    public bool PowerModeMoved(DateTime now) => PowerMode is { } mode && PowerModes.Of(FuelExpiresAt, LastOnlineAt, State, now) != mode;

    // A structure in low power or abandoned has no fuel, whatever expiry ESI gave last; null when fuel is not known
    // or not burnt (customs offices, skyhooks).
    public TimeSpan? FuelLeft(DateTime now) =>
        PowerMode is Structures.PowerMode.LowPower or Structures.PowerMode.Abandoned or Structures.PowerMode.AbandonedMaybe ? TimeSpan.Zero
        : FuelExpiresAt is { } expires ? (expires > now ? expires - now : TimeSpan.Zero)
        : null;

    // The overlay counts: a notification says so before ESI does.
    public bool IsUnderAttack(DateTime now) => Overlay is { State: OverlayState.UnderAttack } overlay && overlay.HoldsAt(now);

    public bool IsReinforcedAt(DateTime now) => IsReinforced || (Overlay is { State: OverlayState.Reinforced } overlay && overlay.HoldsAt(now));

    public bool IsLowPowerAt(DateTime now) =>
        PowerMode is Structures.PowerMode.LowPower || (Overlay is { State: OverlayState.LowPower } overlay && overlay.HoldsAt(now));

    // When the reinforcement ends: the notification's timer when it leads, else ESI's.
    public DateTime? ReinforcedUntil(DateTime now) =>
        Overlay is { State: OverlayState.Reinforced, TimerEndsAt: { } ends } overlay && overlay.HoldsAt(now) ? ends : StateTimerEnd;

    // Every change reads the rows again as new objects. Two rows are equal when they show the same (the record's own
    // equality would compare the lists and the customs office by reference), so a table keyed on its rows keeps the
    // rows a change left alone instead of building them again.
    public bool Equals(StructureBoardRow? other) =>
        other is not null
        && (ReferenceEquals(this, other)
            || (Id == other.Id && OwnerId == other.OwnerId && OwnerName == other.OwnerName && AllianceName == other.AllianceName
                && Kind == other.Kind && TypeId == other.TypeId && TypeName == other.TypeName && Name == other.Name
                && SolarSystemId == other.SolarSystemId && SystemName == other.SystemName && RegionName == other.RegionName
                && Security.Equals(other.Security) && State == other.State && StateTimerEnd == other.StateTimerEnd
                && FuelExpiresAt == other.FuelExpiresAt && PowerMode == other.PowerMode && ReinforceHour == other.ReinforceHour
                && Core == other.Core && HasFitting == other.HasFitting && LiquidOzone == other.LiquidOzone && Overlay == other.Overlay
                && Tags.SequenceEqual(other.Tags) && Services.SequenceEqual(other.Services) && SameTerms(CustomsOffice, other.CustomsOffice)));

    public override int GetHashCode() => HashCode.Combine(Id, Name, State, StateTimerEnd, FuelExpiresAt, Overlay);

    private static bool SameTerms(CustomsOfficeDetail? a, CustomsOfficeDetail? b) =>
        ReferenceEquals(a, b)
        || (a is not null && b is not null
            && (a.StructureId, a.AllianceTaxRate, a.CorporationTaxRate, a.ExcellentStandingTaxRate, a.GoodStandingTaxRate, a.NeutralStandingTaxRate,
                a.BadStandingTaxRate, a.TerribleStandingTaxRate, a.AllowAccessWithStandings, a.AllowAllianceAccess, a.ReinforceExitStart,
                a.ReinforceExitEnd, a.StandingLevel)
            == (b.StructureId, b.AllianceTaxRate, b.CorporationTaxRate, b.ExcellentStandingTaxRate, b.GoodStandingTaxRate, b.NeutralStandingTaxRate,
                b.BadStandingTaxRate, b.TerribleStandingTaxRate, b.AllowAccessWithStandings, b.AllowAllianceAccess, b.ReinforceExitStart,
                b.ReinforceExitEnd, b.StandingLevel));
}

public sealed record BoardService(string Name, bool IsOnline);
