namespace Structures.Core.Notifications.Rendering;

// Third-party pages EVE players use: dotlan for maps and organisations, evewho for characters, zKillboard for kills.
public static class Links
{
    public static string Dotlan(string kind, string name) => kind switch
    {
        "system" => $"https://evemaps.dotlan.net/system/{Uri.EscapeDataString(name.Replace(' ', '_'))}",
        "alliance" => $"https://evemaps.dotlan.net/alliance/{Uri.EscapeDataString(name.Replace(' ', '_'))}",
        _ => $"https://evemaps.dotlan.net/corp/{Uri.EscapeDataString(name.Replace(' ', '_'))}",
    };

    public static string EveWho(string kind, long id) => $"https://evewho.com/{kind}/{id}";

    public static string ZKillboard(string kind, long id) => $"https://zkillboard.com/{kind}/{id}/";
}
