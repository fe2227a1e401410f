using System.Globalization;

namespace Structures.Core.Notifications.Rendering;

// Upwell structures, Metenox drills and jump gates.
internal static class UpwellRenderer
{
    public static RenderedNotification Render(RenderContext c)
    {
        var t = c.Text;
        var clause = c.Notification.Type switch
        {
            "StructureUnderAttack" => $"is under attack by {Attacker(c)}.\n{Health(t.GetDouble("shieldPercentage"), t.GetDouble("armorPercentage"), t.GetDouble("hullPercentage"))}",
            "StructureLostShields" => $"has lost its shields. The armor timer ends at {c.When(TimerEnd(c))}.",
            "StructureLostArmor" => $"has lost its armor. The hull timer ends at {c.When(TimerEnd(c))}.",
            "StructureDestroyed" => "has been destroyed.",
            "StructureOnline" => "is now online.",
            "StructureFuelAlert" => $"is running out of fuel: {FuelLeft(c)}.",
            "StructureServicesOffline" => $"has all its services offline:\n{Services(c)}",
            "StructureWentLowPower" => "went to low power mode.",
            "StructureWentHighPower" => "is back to full power.",
            "StructureUnanchoring" => $"has started unanchoring. It will be fully unanchored at {c.When(TimerEnd(c))}.",
            "StructureAnchoring" => "has started anchoring.",
            "OwnershipTransferred" => $"was transferred from {c.CorporationLink(t.GetLong("oldOwnerCorpID"))} to {c.CorporationLink(t.GetLong("newOwnerCorpID"))} by {c.CharacterLink(t.GetLong("charID"))}.",
            "StructureLowReagentsAlert" => "is running low on reagents (fuel blocks or magmatic gas).",
            "StructureNoReagentsAlert" => "has run out of reagents and stopped drilling.",
            _ => "has an update.",
        };

        if (c.Notification.Type == "StructuresReinforcementChanged")
        {
            var count = t.GetLong("numStructures") ?? t.Rows("allStructureInfo").Count;
            return new RenderedNotification(c.Info.Title,
                $"The reinforcement hour of {count} structure(s) of {c.OwnerLink} changed to **{t.GetLong("hour"):00}:00** EVE.", c.Images.CorporationLogo(c.Owner.CorporationId));
        }

        return new RenderedNotification(c.Info.Title, $"{Subject(c)} {clause}", c.Images.TypeIcon(StructureType(c) ?? 35832));
    }

    // "The Astrahus **Batcave** in [1-PGSG](...) (Detorid) belonging to [Wayne Technologies](...)"
    public static string Subject(RenderContext c)
    {
        var name = c.Structure?.Name ?? c.Text.GetText("structureName") ?? "(unknown)";
        return $"The {c.TypeName(StructureType(c))} **{name}** in {c.SystemLink()} belonging to {c.OwnerLink}";
    }

    public static long? StructureType(RenderContext c) => c.Structure?.TypeId ?? c.Text.FirstLong("structureTypeID", "typeID");

    private static DateTime? TimerEnd(RenderContext c) =>
        c.Text.GetDuration("timeLeft") is { } left ? c.Notification.Timestamp + left : null;

    // The alliance when there is one, else the corporation, as ESI names them.
    internal static string Attacker(RenderContext c)
    {
        var t = c.Text;
        if (t.GetText("allianceName") is { } alliance)
        {
            return $"[{alliance}]({Links.Dotlan("alliance", alliance)})";
        }

        return t.GetText("corpName") is { } corp ? $"[{corp}]({Links.Dotlan("corp", corp)})" : "(unknown)";
    }

    public static string Health(double? shield, double? armor, double? hull) =>
        string.Create(CultureInfo.InvariantCulture, $"Shield: {shield ?? 0:0.0}% | Armor: {armor ?? 0:0.0}% | Hull: {hull ?? 0:0.0}%");

    private static string FuelLeft(RenderContext c) =>
        c.Structure?.FuelExpiresAt is { } expires ? $"fuel runs out at {c.When(expires)}" : "fuel runs out soon";

    private static string Services(RenderContext c)
    {
        var names = c.Text.Longs("listOfServiceModuleIDs").Select(id => $"*{c.Name(id, "service")}*").ToList();
        return names.Count == 0 ? "*(none named)*" : string.Join('\n', names);
    }
}
