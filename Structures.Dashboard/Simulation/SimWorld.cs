using Microsoft.Extensions.Options;

namespace Structures.Dashboard.Simulation;

// The mutable state of the simulated universe. Every read and change goes through one lock: requests are small.
internal sealed class SimWorld
{
    private readonly Lock _gate = new();
    private readonly List<SimStructure> _structures;
    private readonly Dictionary<long, List<SimNotification>> _notifications = [];
    private readonly Dictionary<long, SimCharacter> _characters;
    private long _nextNotificationId = 2_000_000_001;

    // Each corporation's structures, made again on the first read after a change, so a corporation's route reads its
    // own few hundred rows rather than the whole world's (a coalition's is 100,000).
    private ILookup<long, SimStructure>? _byCorporation;

    public SimWorld(SimUniverse universe, TimeProvider clock, IOptions<SimulationOptions> options)
    {
        Universe = universe;
        Clock = clock;
        _structures = new SimWorldBuilder(universe, Now).Build();
        var scaled = new SimScaledWorld(universe, Now, options.Value.Scale);
        _structures.AddRange(scaled.Structures());
        Alliances = [.. SimWorldBuilder.Alliances, .. scaled.Alliance is { } alliance ? [alliance] : Array.Empty<SimAlliance>()];
        Corporations = [.. SimWorldBuilder.NewCorporations(), .. scaled.Corporations()];
        Characters = [.. SimWorldBuilder.NewCharacters(), .. scaled.Characters()];
        _characters = Characters.ToDictionary(c => c.Id);
    }

    public SimUniverse Universe { get; }

    public TimeProvider Clock { get; }

    public DateTime Now => TruncateToSeconds(Clock.GetUtcNow().UtcDateTime);

    public IReadOnlyList<SimAlliance> Alliances { get; }

    public IReadOnlyList<SimCorporation> Corporations { get; }

    public IReadOnlyList<SimCharacter> Characters { get; }

    public SimCharacter? Character(long id) => _characters.GetValueOrDefault(id);

    public SimCorporation? Corporation(long id) => Corporations.FirstOrDefault(c => c.Id == id);

    public SimAlliance? Alliance(long id) => Alliances.FirstOrDefault(a => a.Id == id);

    // Sovereignty of the two null-sec systems belongs to the alliance living there.
    public IReadOnlyDictionary<long, long> Sovereignty { get; } = new Dictionary<long, long>
    {
        [SimWorldBuilder.NullSecOne] = 99000001,
        [SimWorldBuilder.NullSecTwo] = 99000002,
    };

    public T Read<T>(Func<IReadOnlyList<SimStructure>, T> read)
    {
        lock (_gate)
        {
            return read(_structures);
        }
    }

    public T ReadCorporation<T>(long corporationId, Func<IEnumerable<SimStructure>, T> read)
    {
        lock (_gate)
        {
            _byCorporation ??= _structures.ToLookup(s => s.CorporationId);
            return read(_byCorporation[corporationId]);
        }
    }

    public void Change(Action<List<SimStructure>> change)
    {
        lock (_gate)
        {
            _byCorporation = null;
            change(_structures);
        }
    }

    public SimStructure? Structure(long id) => Read(all => all.FirstOrDefault(s => s.Id == id));

    public IReadOnlyList<SimNotification> NotificationsOf(long characterId)
    {
        lock (_gate)
        {
            return _notifications.TryGetValue(characterId, out var list) ? [.. list] : [];
        }
    }

    // Corporation-wide events reach every character of the corporation with the same notification id, as in EVE.
    public IReadOnlyList<SimNotification> Notify(long corporationId, string type, long senderId, string senderType, string text, bool distinctIds = false)
    {
        lock (_gate)
        {
            var created = new List<SimNotification>();
            var sharedId = _nextNotificationId++;
            foreach (var character in Characters.Where(c => c.CorporationId == corporationId))
            {
                var id = distinctIds && created.Count > 0 ? _nextNotificationId++ : sharedId;
                var notification = new SimNotification(id, type, senderId, senderType, Now, text);
                if (!_notifications.TryGetValue(character.Id, out var list))
                {
                    _notifications[character.Id] = list = [];
                }

                list.Add(notification);

                // ESI returns the most recent notifications only.
                if (list.Count > 500)
                {
                    list.RemoveAt(0);
                }

                created.Add(notification);
            }

            return created;
        }
    }

    public static DateTime TruncateToSeconds(DateTime value) =>
        new(value.Ticks - (value.Ticks % TimeSpan.TicksPerSecond), DateTimeKind.Utc);
}
