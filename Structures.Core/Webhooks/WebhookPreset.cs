using Structures.Core.Localization;
using Structures.Core.Notifications;

namespace Structures.Core.Webhooks;

// A starting point for a webhook's channel: the types it forwards and whether it pings @here / @everyone.
// Choosing one replaces the form's types and pings; everything else stays as the admin set it.
public sealed record WebhookPreset(string Name, IReadOnlySet<string> Types, bool Pings, bool ForwardsUnknownTypes = false)
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
        new("Attacks and timers", AttackTypes.ToHashSet(StringComparer.Ordinal), Pings: true),
        new("Fuel", FuelTypes.ToHashSet(StringComparer.Ordinal), Pings: false),
        new("Moon mining", OfFamily(NotificationFamily.MoonMining), Pings: false),
        new("Everything", NotificationTypes.All.Select(t => t.Name).ToHashSet(StringComparer.Ordinal), Pings: false, ForwardsUnknownTypes: true),
    ];

    // Name is the preset's key (English, as stored and tested); Title and Description are in the viewer's language.
    public string Title => StaticWords<WebhookAdminWords>.Words[$"Preset.{Name}"];

    public string Description => StaticWords<WebhookAdminWords>.Words[$"Preset.{Name}.Description"];

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
