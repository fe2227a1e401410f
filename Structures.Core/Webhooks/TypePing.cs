using System.Text.RegularExpressions;

namespace Structures.Core.Webhooks;

// What a webhook's messages of one notification type ping instead of the default: a level (none, @here,
// @everyone, or the default the colour or alert rule gives) and Discord roles mentioned on top of the webhook's own.
public sealed partial record TypePing(PingLevel Level, IReadOnlyList<string> RoleIds)
{
    public static readonly TypePing Default = new(PingLevel.Default, []);

    public bool IsDefault => Level == PingLevel.Default && RoleIds.Count == 0;

    // A Discord role ID (a snowflake): 17 to 20 digits.
    public static bool IsRoleId(string value) => RoleIdShape().IsMatch(value);

    // Stored as "StructureFuelAlert=none;TowerAlertMsg=everyone|111111111111111111,222222222222222222".
    public static IReadOnlyDictionary<string, TypePing> Read(string stored)
    {
        var pings = new Dictionary<string, TypePing>(StringComparer.Ordinal);
        foreach (var pair in stored.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(p => p.Split('=', 2, StringSplitOptions.TrimEntries)).Where(p => p.Length == 2))
        {
            var parts = pair[1].Split('|', 2, StringSplitOptions.TrimEntries);
            var level = Enum.TryParse<PingLevel>(parts[0], ignoreCase: true, out var parsed) ? parsed : PingLevel.Default;
            var roles = parts.Length == 2 ? parts[1].Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Where(IsRoleId).ToList() : [];
            pings[pair[0]] = new TypePing(level, roles);
        }

        return pings;
    }

    public static string Write(IReadOnlyDictionary<string, TypePing> pings) => string.Join(';', pings
        .Where(p => !p.Value.IsDefault).OrderBy(p => p.Key, StringComparer.Ordinal)
        .Select(p => p.Value.RoleIds.Count == 0
            ? $"{p.Key}={Word(p.Value.Level)}"
            : $"{p.Key}={Word(p.Value.Level)}|{string.Join(',', p.Value.RoleIds.Distinct())}"));

    private static string Word(PingLevel level) => level.ToString().ToLowerInvariant();

    [GeneratedRegex(@"^\d{17,20}$")]
    private static partial Regex RoleIdShape();
}

public enum PingLevel
{
    Default,
    None,
    Here,
    Everyone,
}
