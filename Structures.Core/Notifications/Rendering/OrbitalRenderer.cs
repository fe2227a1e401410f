using System.Globalization;
using Structures.Core.Discord;
using Structures.Core.Eve;
using Structures.Core.Notifications.Payloads;
using Structures.Core.Structures;

namespace Structures.Core.Notifications.Rendering;

// Moon mining, customs offices, skyhooks, starbases and mercenary dens.
internal static class OrbitalRenderer
{
    public static RenderedNotification Moon(RenderContext c)
    {
        var extraction = c.Payload as MoonExtraction;
        var where = c.Say("Moon.Subject", UpwellRenderer.Subject(c), c.Name(c.Place.MoonId, c.Say("ItsMoon")));
        var text = c.SayOr($"{c.Info.Name}.Text", "Moon.Text",
            where, c.CharacterLink(extraction?.CharacterId), c.When(extraction?.ReadyAt), c.When(extraction?.AutoFractureAt), Ore(c, extraction));
        return new RenderedNotification(c.Title(), text, c.Images.TypeIcon(UpwellRenderer.StructureType(c) ?? 35832));
    }

    public static RenderedNotification CustomsOffice(RenderContext c)
    {
        var attack = c.Payload as Attack;
        var subject = c.Say("CustomsOffice.Subject", Planet(c), c.SystemLink(), c.OwnerLink);
        var text = c.Say($"{c.Info.Name}.Text", subject, Aggressor(c, attack?.Attacker), c.When(attack?.ReinforcedUntil),
            c.Say("Shield", UpwellRenderer.Percent(attack?.HitPoints?.Shield)));
        return new RenderedNotification(c.Title(), text, c.Images.TypeIcon(2233));
    }

    public static RenderedNotification Skyhook(RenderContext c)
    {
        var subject = c.Say("Skyhook.Subject", Planet(c), c.SystemLink(), c.OwnerLink);
        var text = c.Payload switch
        {
            Attack attack => c.Say("SkyhookUnderAttack.Text", subject, UpwellRenderer.Attacker(c, attack.Attacker), UpwellRenderer.Health(c, attack.HitPoints)),
            StructureCountdown countdown => c.Say($"{c.Info.Name}.Text", subject, c.When(countdown.VulnerableAt)),
            _ => c.SayOr($"{c.Info.Name}.Text", "Skyhook.Text", subject),
        };
        return new RenderedNotification(c.Title(), text, c.Images.TypeIcon(81080));
    }

    public static RenderedNotification Starbase(RenderContext c)
    {
        var name = c.Structure?.Name is { } chosen ? DiscordMarkdown.Escape(chosen) : c.TypeName(c.Place.StructureTypeId);
        var subject = c.Say("Starbase.Subject", name, c.Name(c.Place.MoonId, c.Say("UnknownMoon")), c.SystemLink(), c.OwnerLink);
        var text = c.Payload switch
        {
            Attack attack => c.Say("TowerAlertMsg.Text", subject, Aggressor(c, attack.Attacker), UpwellRenderer.Health(c, attack.HitPoints)),
            FuelAlert fuel => c.SayOr($"{c.Info.Name}.Text", "Starbase.Text", subject, FuelLeft(c, fuel)),
            _ => c.SayOr($"{c.Info.Name}.Text", "Starbase.Text", subject, UpwellRenderer.FuelLeft(c)),
        };
        return new RenderedNotification(c.Title(), text, c.Images.TypeIcon(c.Place.StructureTypeId ?? c.Structure?.TypeId ?? 16213));
    }

    public static RenderedNotification MercenaryDen(RenderContext c)
    {
        var attack = c.Payload as Attack;
        var subject = c.Say("MercenaryDen.Subject", Planet(c), c.SystemLink(), c.OwnerLink);
        var text = c.SayOr($"{c.Info.Name}.Text", "MercenaryDen.Text", subject, c.CharacterLink(attack?.Attacker.CharacterId), c.When(attack?.ReinforcedUntil));
        return new RenderedNotification(c.Title(), text, c.Images.TypeIcon(85230));
    }

    // The fuel blocks the text names last so long at the tower's rate, counted from the notification (aa-structures
    // §3.2); else what the last sync projected.
    private static string FuelLeft(RenderContext c, FuelAlert alert)
    {
        var blocks = alert.Fuel.FirstOrDefault(f => StarbaseFuel.FuelBlockTypeIds.Contains(f.TypeId)) ?? (alert.Fuel.Count > 0 ? alert.Fuel[0] : null);
        var towerType = c.Place.StructureTypeId is { } typeId ? c.Names.GetValueOrDefault(typeId) : null;
        return blocks is not null && towerType is not null
            && StarbaseFuel.TimeLeft(blocks.Quantity, towerType, c.HoldsSovereignty(c.SystemId)) is { } left
            && EveTime.Add(DateTime.SpecifyKind(c.Notification.Timestamp, DateTimeKind.Utc), left) is { } runsOut
            ? c.Say("FuelRunsOutAt", c.When(runsOut))
            : UpwellRenderer.FuelLeft(c);
    }

    private static string Planet(RenderContext c) => c.Name(c.Place.PlanetId, c.Say("UnknownPlanet"));

    // Alliance if known, else corporation, else the character (aa-structures' rule for starbases and customs offices).
    private static string Aggressor(RenderContext c, Attacker? attacker) =>
        attacker?.AllianceId is { } alliance ? c.AllianceLink(alliance)
        : attacker?.CorporationId is { } corp ? c.CorporationLink(corp)
        : attacker?.CharacterId is { } character ? c.CharacterLink(character)
        : c.Say("UnknownAggressor");

    private static string Ore(RenderContext c, MoonExtraction? extraction)
    {
        if (!c.ShowsMoonOre)
        {
            return "";
        }

        var ore = (extraction?.OreVolumes ?? new Dictionary<long, double>())
            .Select(kv => (Name: c.Name(kv.Key, c.Say("UnknownOre", kv.Key)), Volume: kv.Value))
            .OrderBy(o => o.Name, StringComparer.Ordinal)
            .Select(o => c.Say("OreLine", o.Name, o.Volume.ToString("N0", CultureInfo.InvariantCulture)))
            .ToList();
        return ore.Count == 0 ? "" : c.Say("Ore", string.Join('\n', ore));
    }
}
