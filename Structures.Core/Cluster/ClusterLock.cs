using Microsoft.EntityFrameworkCore;
using Structures.Core.Data;

namespace Structures.Core.Cluster;

// Work one instance at a time across every instance on one PostgreSQL database: a session advisory lock held on the
// caller's connection until disposed, and freed by PostgreSQL when the connection ends (an instance that crashed).
// SQLite serves one instance only, where the callers' in-process locks are enough: taking it there does nothing.
internal sealed class ClusterLock : IAsyncDisposable
{
    private readonly StructuresDbContext? _db;
    private readonly long _key;

    private ClusterLock(StructuresDbContext? db, long key) => (_db, _key) = (db, key);

    // A key: the high half names what is locked (four ASCII letters), the low half which one (an id, or 0).
    public static long KeyOf(string space, int id) =>
        ((long)System.Buffers.Binary.BinaryPrimitives.ReadInt32BigEndian(System.Text.Encoding.ASCII.GetBytes(space)) << 32) | (uint)id;

    public static async Task<ClusterLock> TakeAsync(StructuresDbContext db, long key, CancellationToken cancellationToken)
    {
        if (!db.Database.IsNpgsql())
        {
            return new ClusterLock(null, 0);
        }

        await db.Database.OpenConnectionAsync(cancellationToken);
        await db.Database.ExecuteSqlAsync($"SELECT pg_advisory_lock({key})", cancellationToken);
        return new ClusterLock(db, key);
    }

    public async ValueTask DisposeAsync()
    {
        if (_db is null)
        {
            return;
        }

        try
        {
            await _db.Database.ExecuteSqlAsync($"SELECT pg_advisory_unlock({_key})", CancellationToken.None);
        }
        finally
        {
            // A connection too broken to unlock has lost its session, and the lock with it.
            await _db.Database.CloseConnectionAsync();
        }
    }
}
