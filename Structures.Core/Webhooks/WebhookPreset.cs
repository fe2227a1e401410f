using Structures.Core.Notifications;

namespace Structures.Core.Webhooks;

// A starting point for a webhook's channel: the types it forwards and whether it pings @here / @everyone.
// Choosing one replaces the form's types and pings; everything else stays as the admin set it.
public sealed record WebhookPreset(string Name, string Description, IReadOnlySet<string> Types, bool Pings, bool ForwardsUnknownTypes = false)
{
    public const string Custom = "Custom";

    private static readonly string[] AttackTypes =
    [
        "StructureUnderAttack", "StructureLostShields", "StructureLostArmor", "StructureDestroyed",
        "OrbitalAttacked", "OrbitalReinforced",
        "SkyhookUnderAttack", "SkyhookLostShields", "SkyhookDestroyed",
        "TowerAlertMsg", "TowerReinforcedExtra",
        "SovStructureReinforced", "SovStructureDestroyed", "EntosisCaptureStarted", "SovCommandNodeEventStarted",
        "SovereigntyIHDamageMsg", "SovereigntyTCUDamageMsg", "SovereigntySBUDamageMsg",
        "MercenaryDenAttacked", "MercenaryDenReinforced",
    ];

    private static readonly string[] FuelTypes =
    [
        "StructureFuelAlert", "StructureJumpFuelAlert", "StructureLowReagentsAlert", "StructureNoReagentsAlert",
        "StructureServicesOffline", "StructureWentLowPower", "StructureWentHighPower", "StructureRefueledExtra",
        "TowerResourceAlertMsg", "TowerRefueledExtra",
    ];

    public static IReadOnlyList<WebhookPreset> All { get; } =
    [
        new("Attacks and timers", "Attacks, reinforcements and losses of structures, customs offices, skyhooks, starbases, sovereignty and dens. Pings @everyone or @here by severity.",
            AttackTypes.ToHashSet(StringComparer.Ordinal), Pings: true),
        new("Fuel", "Fuel, reagents, liquid ozone and power: alerts, low power, services offline, refuels. No @everyone.",
            FuelTypes.ToHashSet(StringComparer.Ordinal), Pings: false),
        new("Moon mining", "Extractions started, finished, cancelled, fractured and lasers fired. No pings.",
            OfFamily(NotificationFamily.MoonMining), Pings: false),
        new("Everything", "Every type Structures knows, and types it does not know yet. No pings.",
            NotificationTypes.All.Select(t => t.Name).ToHashSet(StringComparer.Ordinal), Pings: false, ForwardsUnknownTypes: true),
    ];

    public static WebhookPreset? Find(string name) => All.FirstOrDefault(p => p.Name == name);

    // The preset whose types and pings the form has exactly, or Custom.
    public static string Matching(WebhookForm form) =>
        All.FirstOrDefault(p => p.Types.SetEquals(form.Types) && p.Pings == form.HasDefaultPingsEnabled)?.Name ?? Custom;

    public void ApplyTo(WebhookForm form)
    {
        form.Types = [.. Types.Order(StringComparer.Ordinal)];
        form.HasDefaultPingsEnabled = Pings;
        form.ForwardsUnknownTypes = ForwardsUnknownTypes;
    }

    private static HashSet<string> OfFamily(NotificationFamily family) =>
        NotificationTypes.All.Where(t => t.Family == family).Select(t => t.Name).ToHashSet(StringComparer.Ordinal);
}
