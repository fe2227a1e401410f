using System.Globalization;

namespace Structures.Core.Notifications.Rendering;

// Moon mining, customs offices, skyhooks, starbases and mercenary dens.
internal static class OrbitalRenderer
{
    public static RenderedNotification Moon(RenderContext c)
    {
        var t = c.Text;
        var where = $"{UpwellRenderer.Subject(c)} at {c.Name(t.GetLong("moonID"), "its moon")}";
        var text = c.Notification.Type switch
        {
            "MoonminingExtractionStarted" => $"{where}: {c.CharacterLink(t.GetLong("startedBy"))} started an extraction. The chunk is ready at {c.When(t.GetFileTime("readyTime"))} and fractures automatically at {c.When(t.GetFileTime("autoTime"))}.{Ore(c)}",
            "MoonminingExtractionFinished" => $"{where}: the extraction has finished. The chunk fractures automatically at {c.When(t.GetFileTime("autoTime"))}.{Ore(c)}",
            "MoonminingAutomaticFracture" => $"{where}: the chunk was fractured automatically.{Ore(c)}",
            "MoonminingExtractionCancelled" => $"{where}: {c.CharacterLink(t.GetLong("cancelledBy"))} cancelled the extraction.",
            "MoonminingLaserFired" => $"{where}: {c.CharacterLink(t.GetLong("firedBy"))} fired the moon drill.{Ore(c)}",
            _ => $"{where}: moon mining update.",
        };
        return new RenderedNotification(c.Info.Title, text, c.Images.TypeIcon(UpwellRenderer.StructureType(c) ?? 35832));
    }

    public static RenderedNotification CustomsOffice(RenderContext c)
    {
        var t = c.Text;
        var subject = $"The Customs Office at {c.Name(t.GetLong("planetID"), "(unknown planet)")} in {c.SystemLink()} belonging to {c.OwnerLink}";
        var text = c.Notification.Type == "OrbitalReinforced"
            ? $"{subject} has been reinforced by {Aggressor(c)}. It comes out of reinforcement at {c.When(t.GetFileTime("reinforceExitTime"))}."
            : $"{subject} is under attack by {Aggressor(c)}.\n{Shield(t.GetDouble("shieldLevel"))}";
        return new RenderedNotification(c.Info.Title, text, c.Images.TypeIcon(2233));
    }

    public static RenderedNotification Skyhook(RenderContext c)
    {
        var t = c.Text;
        var subject = $"The Orbital Skyhook at {c.Name(t.GetLong("planetID"), "(unknown planet)")} in {c.SystemLink()} belonging to {c.OwnerLink}";
        var text = c.Notification.Type switch
        {
            "SkyhookUnderAttack" => $"{subject} is under attack by {UpwellRenderer.Attacker(c)}.\n{UpwellRenderer.Health(t.GetDouble("shieldPercentage"), t.GetDouble("armorPercentage"), t.GetDouble("hullPercentage"))}",
            "SkyhookLostShields" => $"{subject} has lost its shields. It is vulnerable again at {c.When(t.GetFileTime("timestamp"))}.",
            "SkyhookDestroyed" => $"{subject} has been destroyed.",
            "SkyhookOnline" => $"{subject} is now online.",
            _ => $"{subject} has started onlining.",
        };
        return new RenderedNotification(c.Info.Title, text, c.Images.TypeIcon(81080));
    }

    public static RenderedNotification Starbase(RenderContext c)
    {
        var t = c.Text;
        var name = c.Structure?.Name ?? c.TypeName(t.GetLong("typeID"));
        var subject = $"The starbase **{name}** at {c.Name(t.GetLong("moonID"), "(unknown moon)")} in {c.SystemLink()} belonging to {c.OwnerLink}";
        var text = c.Notification.Type == "TowerResourceAlertMsg"
            ? $"{subject} is running out of fuel: {Fuel(c)}."
            : $"{subject} is under attack by {Aggressor(c)}.\n{StarbaseHealth(t)}";
        return new RenderedNotification(c.Info.Title, text, c.Images.TypeIcon(t.GetLong("typeID") ?? c.Structure?.TypeId ?? 16213));
    }

    public static RenderedNotification MercenaryDen(RenderContext c)
    {
        var t = c.Text;
        var subject = $"The Mercenary Den at {c.Name(t.GetLong("planetID"), "(unknown planet)")} in {c.SystemLink()} belonging to {c.OwnerLink}";
        var text = c.Notification.Type switch
        {
            "MercenaryDenReinforced" => $"{subject} has been reinforced by {c.CharacterLink(t.GetLong("aggressorCharacterID"))}. It comes out at {c.When(t.GetFileTime("timestampExited"))}.",
            "MercenaryDenAttacked" => $"{subject} is under attack by {c.CharacterLink(t.GetLong("aggressorCharacterID"))}.",
            _ => $"{subject} is the target of a new operation.",
        };
        return new RenderedNotification(c.Info.Title, text, c.Images.TypeIcon(85230));
    }

    // Alliance if known, else corporation, else the character (aa-structures' rule for starbases and customs offices).
    private static string Aggressor(RenderContext c)
    {
        var t = c.Text;
        return t.GetLong("aggressorAllianceID") is { } alliance ? c.AllianceLink(alliance)
            : t.GetLong("aggressorCorpID") is { } corp ? c.CorporationLink(corp)
            : t.GetLong("aggressorID") is { } character ? c.CharacterLink(character)
            : "(unknown aggressor)";
    }

    private static string Shield(double? level) => string.Create(CultureInfo.InvariantCulture, $"Shield: {(level ?? 0) * 100:0.0}%");

    private static string StarbaseHealth(NotificationText t) => string.Create(CultureInfo.InvariantCulture,
        $"Shield: {(t.GetDouble("shieldValue") ?? 0) * 100:0.0}% | Armor: {(t.GetDouble("armorValue") ?? 0) * 100:0.0}% | Hull: {(t.GetDouble("hullValue") ?? 0) * 100:0.0}%");

    private static string Fuel(RenderContext c) =>
        c.Structure?.FuelExpiresAt is { } expires ? $"fuel runs out at {c.When(expires)}" : "fuel runs out soon";

    private static string Ore(RenderContext c)
    {
        var ore = c.Text.Map("oreVolumeByType")
            .Select(kv => (Name: c.Name(long.TryParse(kv.Key, CultureInfo.InvariantCulture, out var id) ? id : null, $"ore {kv.Key}"),
                Volume: double.TryParse(kv.Value, NumberStyles.Float, CultureInfo.InvariantCulture, out var v) ? v : 0))
            .OrderBy(o => o.Name, StringComparer.Ordinal)
            .Select(o => string.Create(CultureInfo.InvariantCulture, $"{o.Name}: {o.Volume:N0} m³"))
            .ToList();
        return ore.Count == 0 ? "" : $"\n\nEstimated ore composition:\n{string.Join('\n', ore)}";
    }
}
