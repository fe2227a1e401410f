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

    // The key of every answer stored, soonest to expire first, so the expired ones are found without looking at all the
    // others: a full cache adds answers all through a large sync. A key whose answer was replaced or let go stays here
    // until it comes up (or the queue is made again from what is held, once it holds twice that); only keys, so no
    // answer's body outlives it.
    private PriorityQueue<string, DateTime> _expiries = new();
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
            _expiries.Enqueue(key, entry.ExpiresAt);
            if (_expiries.Count > (2 * _entries.Count) + 64)
            {
                _expiries = new(_entries.Values.Select(n => (n.Value.Key, n.Value.Entry.ExpiresAt)));
            }

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
        while (_expiries.TryPeek(out var key, out var expiresAt) && expiresAt <= now)
        {
            _expiries.Dequeue();
            // The answer held now may be a later one for the key, not yet expired.
            if (_entries.TryGetValue(key, out var node) && node.Value.Entry.ExpiresAt <= now)
            {
                Remove(key);
            }
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
