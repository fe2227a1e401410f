using Microsoft.Extensions.Options;

namespace Structures.Core.Esi;

// What ESI last answered for a resource, with its ETag and expiry, so nothing is asked again before it expires.
// Bounded in entries and in body size: when full, expired answers go first, then the least recently used.
public sealed class EsiResponseCache(IOptions<EsiOptions> options, TimeProvider clock)
{
    private readonly Lock _lock = new();
    private readonly Dictionary<string, LinkedListNode<(string Key, EsiCachedResponse Entry)>> _entries = [];

    // Most recently used first.
    private readonly LinkedList<(string Key, EsiCachedResponse Entry)> _recency = new();
    private long _characters;

    public EsiCachedResponse? Get(string key)
    {
        lock (_lock)
        {
            if (!_entries.TryGetValue(key, out var node))
            {
                return null;
            }

            _recency.Remove(node);
            _recency.AddFirst(node);
            return node.Value.Entry;
        }
    }

    public void Set(string key, EsiCachedResponse entry)
    {
        lock (_lock)
        {
            Remove(key);
            _entries[key] = _recency.AddFirst((key, entry));
            _characters += entry.Characters;
            if (IsOverBound())
            {
                Evict();
            }
        }
    }

    public int Count
    {
        get
        {
            lock (_lock)
            {
                return _entries.Count;
            }
        }
    }

    public long Characters
    {
        get
        {
            lock (_lock)
            {
                return _characters;
            }
        }
    }

    private bool IsOverBound() =>
        _entries.Count > options.Value.ResponseCacheEntries || _characters > options.Value.ResponseCacheCharacters;

    private void Evict()
    {
        var now = clock.GetUtcNow().UtcDateTime;
        foreach (var expired in _recency.Where(n => n.Entry.ExpiresAt <= now).Select(n => n.Key).ToList())
        {
            Remove(expired);
        }

        while (IsOverBound() && _recency.Last is { } leastRecent)
        {
            Remove(leastRecent.Value.Key);
        }
    }

    private void Remove(string key)
    {
        if (_entries.Remove(key, out var node))
        {
            _recency.Remove(node);
            _characters -= node.Value.Entry.Characters;
        }
    }
}
