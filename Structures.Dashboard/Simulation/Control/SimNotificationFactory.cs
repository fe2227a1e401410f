using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace Structures.Dashboard.Simulation.Control;

// Turns a real ESI notification sample (Data/notifications.json, from aa-structures, MIT) into a fresh one about
// a structure of this universe: its IDs, its owner, an attacker from the other alliance, and times moved to now.
// Given a timer, the text's timer fields say it: time left, and the moments it ends at.
internal sealed partial class SimNotificationFactory(SimWorld world)
{
    private static readonly JsonSerializerOptions JsonOptions = new() { PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower };
    private readonly Lazy<IReadOnlyList<Sample>> _samples = new(Load);

    // FILETIME fields that hold the end of a type's timer: armor or hull timer, skyhook vulnerability, customs office
    // and mercenary den reinforcement, command node decloaking, a moon chunk being ready.
    private static readonly string[] TimerEnds = ["timestamp", "reinforceExitTime", "timestampExited", "decloakTime", "readyTime"];

    // A moon chunk fractures by itself three hours after it is ready.
    private static readonly TimeSpan AutomaticFractureDelay = TimeSpan.FromHours(3);

    public IEnumerable<string> Types => _samples.Value.Select(s => s.Type).Distinct();

    public SimNotificationDraft? Create(string type, SimStructure target, TimeSpan? timer = null)
    {
        var sample = _samples.Value.FirstOrDefault(s => s.Type == type);
        if (sample is null)
        {
            return null;
        }

        var owner = world.Corporation(target.CorporationId)!;
        var enemy = world.Corporations.First(c => c.AllianceId != owner.AllianceId && c.AllianceId is not null);
        var ids = new Dictionary<long, long>
        {
            [1001] = world.Characters.First(c => c.CorporationId == owner.Id).Id,
            [1011] = world.Characters.First(c => c.CorporationId == enemy.Id).Id,
            [2001] = owner.Id,
            [2002] = world.Corporations.FirstOrDefault(c => c.AllianceId == owner.AllianceId && c.Id != owner.Id)?.Id ?? owner.Id,
            [2011] = enemy.Id,
            [3001] = owner.AllianceId ?? 99000001,
            [3011] = enemy.AllianceId!.Value,
        };
        var text = sample.Text;
        if (StructureIdPattern().Match(text) is { Success: true } match)
        {
            ids[long.Parse(match.Groups["id"].Value, CultureInfo.InvariantCulture)] = target.Id;
            text = KeyValue(text, "structureTypeID", target.TypeId);
        }

        text = KeyValue(text, "solarsystemID", target.SystemId);
        text = KeyValue(text, "solarSystemID", target.SystemId);
        if (target.MoonId is { } moon)
        {
            text = KeyValue(text, "moonID", moon);
        }

        if (target.PlanetId is { } planet)
        {
            text = KeyValue(text, "planetID", planet);
            text = KeyValue(text, "planetTypeID", world.Universe.PlanetsById[planet].TypeId);
        }

        text = WholeNumber().Replace(text, m => ids.TryGetValue(long.Parse(m.Value, CultureInfo.InvariantCulture), out var to) ? to.ToString(CultureInfo.InvariantCulture) : m.Value);
        var shift = world.Now - sample.Timestamp;
        text = FileTime().Replace(text, m => (long.Parse(m.Value, CultureInfo.InvariantCulture) + shift.Ticks).ToString(CultureInfo.InvariantCulture));
        if (timer is { } left)
        {
            text = Retime(text, left);
        }

        var sender = ids.TryGetValue(sample.SenderId, out var s) ? s : sample.SenderId;
        return new SimNotificationDraft(type, sender, sample.SenderType, text);
    }

    private string Retime(string text, TimeSpan left)
    {
        var endsAt = world.Now + left;
        text = KeyValue(text, "timeLeft", left.Ticks);
        text = TimerEnds.Aggregate(text, (t, key) => KeyValue(t, key, endsAt.ToFileTimeUtc()));
        return KeyValue(text, "autoTime", (endsAt + AutomaticFractureDelay).ToFileTimeUtc());
    }

    private static string KeyValue(string text, string key, long value) =>
        Regex.Replace(text, $@"(?m)^(\s*{key}: )(&\w+ )?\d+", m => $"{m.Groups[1].Value}{m.Groups[2].Value}{value.ToString(CultureInfo.InvariantCulture)}");

    private static List<Sample> Load()
    {
        var path = Path.Combine(AppContext.BaseDirectory, "Simulation", "Data", "notifications.json");
        using var stream = File.OpenRead(path);
        var raw = JsonSerializer.Deserialize<List<RawSample>>(stream, JsonOptions) ?? [];
        return raw.Select(r => new Sample(r.Type, r.SenderId, r.SenderType, ParseTime(r.Timestamp), r.Text)).ToList();
    }

    // The samples carry two timestamp formats: "2019-08-16T15:08:00Z" and "2019-10-04 14:52:00".
    private static DateTime ParseTime(string value) =>
        DateTime.Parse(value, CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal);

    [GeneratedRegex(@"(?m)^\s*(structureID|itemID): (&\w+ )?(?<id>\d+)")]
    private static partial Regex StructureIdPattern();

    [GeneratedRegex(@"(?<![\d.])\d{4,13}(?![\d.])")]
    private static partial Regex WholeNumber();

    // Windows FILETIME values (100 ns ticks since 1601) of the last two decades have 18 digits.
    [GeneratedRegex(@"(?<![\d.])1[3-4]\d{16}(?![\d.])")]
    private static partial Regex FileTime();

    private sealed record RawSample(long NotificationId, string Type, long SenderId, string SenderType, string Timestamp, string Text);

    private sealed record Sample(string Type, long SenderId, string SenderType, DateTime Timestamp, string Text);
}

internal sealed record SimNotificationDraft(string Type, long SenderId, string SenderType, string Text);
