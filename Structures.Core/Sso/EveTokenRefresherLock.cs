using Microsoft.EntityFrameworkCore;
using Structures.Core.Data;

namespace Structures.Core.Sso;

// One refresh per sync character across every instance on one PostgreSQL database: a session advisory lock keyed on
// the character, held on the refresher's connection while it reads the stored tokens, refreshes and stores the new
// ones. It is given back when done, and PostgreSQL frees it when the connection ends (an instance that crashed).
// SQLite serves one instance only, where the refresher's in-process lock is enough: taking it there does nothing.
internal sealed class EveTokenRefresherLock : IAsyncDisposable
{
    // The high half names what is locked ("EveT"), the low half is the OwnerCharacter's id.
    private const long KeySpace = 0x45766554L << 32;

    private readonly StructuresDbContext? _db;
    private readonly long _key;

    private EveTokenRefresherLock(StructuresDbContext? db, long key) => (_db, _key) = (db, key);

    public static long KeyOf(int ownerCharacterId) => KeySpace | (uint)ownerCharacterId;

    public static async Task<EveTokenRefresherLock> TakeAsync(StructuresDbContext db, int ownerCharacterId, CancellationToken cancellationToken)
    {
        if (!db.Database.IsNpgsql())
        {
            return new EveTokenRefresherLock(null, 0);
        }

        var key = KeyOf(ownerCharacterId);
        await db.Database.OpenConnectionAsync(cancellationToken);
        await db.Database.ExecuteSqlAsync($"SELECT pg_advisory_lock({key})", cancellationToken);
        return new EveTokenRefresherLock(db, key);
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
