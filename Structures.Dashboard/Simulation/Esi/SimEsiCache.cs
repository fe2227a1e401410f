using System.Security.Cryptography;

namespace Structures.Dashboard.Simulation.Esi;

// ESI serves a resource from its cache until it expires: changes in the world show only after that.
internal sealed class SimEsiCache
{
    private readonly Lock _gate = new();
    private readonly Dictionary<string, SimEsiCacheEntry> _entries = [];

    public SimEsiCacheEntry? GetOrCreate(string key, string route, DateTime now, Func<(byte[] Body, int Count)?> produce, Func<DateTime, DateTime> expiresAt)
    {
        lock (_gate)
        {
            if (_entries.TryGetValue(key, out var entry) && entry.ExpiresAt > now)
            {
                return entry;
            }

            if (produce() is not { } produced)
            {
                return null;
            }

            var (body, count) = produced;
            var etag = $"\"{Convert.ToHexStringLower(SHA256.HashData(body))[..32]}\"";
            var lastModified = entry is not null && entry.ETag == etag ? entry.LastModified : now;
            entry = new SimEsiCacheEntry(route, body, count, etag, lastModified, expiresAt(now));
            _entries[key] = entry;
            return entry;
        }
    }

    // Whether every answer it gave for these routes has expired by the moment, so the next request is answered afresh
    // (the rule GetOrCreate applies): how a benchmark knows that ESI's compressed caches have run out.
    public bool AllExpired(IReadOnlySet<string> routes, DateTime now) => Unexpired(routes, now).Count == 0;

    // The answers for these routes still fresh at the moment, by key, with when each expires.
    public IReadOnlyList<(string Key, DateTime ExpiresAt)> Unexpired(IReadOnlySet<string> routes, DateTime now)
    {
        lock (_gate)
        {
            return [.. _entries.Where(e => routes.Contains(e.Value.Route) && e.Value.ExpiresAt > now).Select(e => (e.Key, e.Value.ExpiresAt))];
        }
    }

    // The bodies it holds, which grow with the simulated world: the benchmarks tell them apart from the app's memory.
    public long BodyBytes
    {
        get
        {
            lock (_gate)
            {
                return _entries.Values.Sum(e => (long)e.Body.Length);
            }
        }
    }

    public void Clear()
    {
        lock (_gate)
        {
            _entries.Clear();
        }
    }
}

internal sealed record SimEsiCacheEntry(string Route, byte[] Body, int ItemCount, string ETag, DateTime LastModified, DateTime ExpiresAt);
