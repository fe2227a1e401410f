using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Structures.Core.Data;

// Write-ahead logging lets the board read while a sync or the dispatcher writes, and with synchronous=NORMAL a
// commit no longer waits for the disk: a power cut can lose the last commits, never corrupt the file
// (sqlite.org/wal.html). journal_mode is stored in the file; synchronous is per connection, so it is set on each open.
// busy_timeout lets SQLite itself wait for another writer, in steps of a few milliseconds; without it the driver
// retries a busy database only every 150 ms, which an alert waiting behind a sync's commit would feel.
public sealed class SqlitePragmas : DbConnectionInterceptor
{
    private const string Pragmas = "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL; PRAGMA busy_timeout=5000;";

    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData)
    {
        using var command = connection.CreateCommand();
        command.CommandText = Pragmas;
        command.ExecuteNonQuery();
    }

    public override async Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = Pragmas;
        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
