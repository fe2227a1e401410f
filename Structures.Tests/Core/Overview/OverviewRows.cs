using Structures.Core.Owners;
using Structures.Core.Structures;
using Structures.Core.Structures.Board;
using Structures.Tests.Core.Structures.Board;

namespace Structures.Tests.Core.Overview;

// Hand-built board rows for the overview's rules and sections.
internal static class OverviewRows
{
    public static readonly DateTime Now = new(2026, 11, 30, 12, 0, 0, DateTimeKind.Utc);

    public static StructureBoardRow Row(long id, string name, StructureState state = StructureState.ShieldVulnerable, DateTime? fuel = null, StructureKind kind = StructureKind.Upwell) =>
        BoardFilterTests.Row(id, name, 98000001, "Wayne Technologies", "Catch", "1-PGSG", state, fuel, [], kind);

    public static StructureBoardRow UnderAttack(long id, string name, DateTime at, double? shield, double? armor, double? hull, string? attacker = "Bad Dude") =>
        Row(id, name) with
        {
            Overlay = new StructureOverlay(OverlayState.UnderAttack, at, "StructureUnderAttack", null,
                new AttackReport(at, shield, armor, hull, attacker is null ? null : 90000006, attacker, 98000003, "Bad Company", null, null)),
        };

    public static StructureBoardRow ReinforcedByNotification(long id, string name, DateTime endsAt) =>
        Row(id, name) with { Overlay = new StructureOverlay(OverlayState.Reinforced, Now.AddMinutes(-2), "StructureLostShields", endsAt, null) };

    public static OwnerSummary Owner(long id, string name, bool active = true, string? structuresError = null, string? notificationsError = null) =>
        new(id, name, null, active, true, Stage(structuresError), Stage(null), Stage(notificationsError), Stage(null), 3, []);

    private static SyncStageStatus Stage(string? error) => error is null
        ? new SyncStageStatus { LastSuccessAt = Now.AddMinutes(-5) }
        : new SyncStageStatus { LastSuccessAt = Now.AddHours(-3), LastErrorAt = Now.AddMinutes(-4), LastError = error };
}
