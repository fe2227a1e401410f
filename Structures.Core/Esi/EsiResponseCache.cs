using System.Collections.Concurrent;

namespace Structures.Core.Esi;

// What ESI last answered for a resource, with its ETag and expiry, so nothing is asked again before it expires.
public sealed class EsiResponseCache
{
    private readonly ConcurrentDictionary<string, EsiCachedResponse> _entries = new();

    public EsiCachedResponse? Get(string key) => _entries.TryGetValue(key, out var entry) ? entry : null;

    public void Set(string key, EsiCachedResponse entry) => _entries[key] = entry;

    public int Count => _entries.Count;
}

public sealed record EsiCachedResponse(string Body, string? ETag, DateTime ExpiresAt, DateTime? LastModified, int Pages);
