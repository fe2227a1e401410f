using Structures.Core.Notifications.Payloads;
using Structures.Core.Notifications.Rendering;
using Structures.Core.Owners;

namespace Structures.Core.Notifications;

// Notifications an owner keeps to itself: alliance-level news is told once per alliance, by its main owner; NPC
// attacks only when wanted.
public static class NotificationWithholding
{
    // NPC starter and school corporations count as players (aa-structures §3.7).
    private static readonly long[] StarterCorporations = [1000165, 1000166, 1000077, 1000044, 1000045, 1000167, 1000169, 1000168, 1000115, 1000172, 1000170, 1000171];

    // Alliance-level news is the alliance main's to tell.
    public static bool AwaitsAllianceMain(RenderContext context, Owner owner) =>
        context.Info.IsAllianceLevel && owner.AllianceId is not null && !owner.IsAllianceMain;

    public static bool IsWithheld(RenderContext context, Owner owner, bool reportNpcAttacks)
    {
        if (AwaitsAllianceMain(context, owner))
        {
            return true;
        }

        if (reportNpcAttacks)
        {
            return false;
        }

        var attacker = context.Notification.Type is "StructureUnderAttack" or "OrbitalAttacked" or "TowerAlertMsg" or "SkyhookUnderAttack" && context.Payload is Attack attack
            ? attack.Attacker.CorporationId ?? 0
            : 0;
        return attacker is >= 1_000_000 and < 2_000_000 && !StarterCorporations.Contains(attacker);
    }
}
