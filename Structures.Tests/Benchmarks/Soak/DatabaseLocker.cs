using System.Data.Common;
using Microsoft.Data.Sqlite;
using Npgsql;
using Structures.Core.Data;
using Structures.Tests.Infrastructure;

namespace Structures.Tests.Benchmarks.Soak;

// Another program holding the app's database at random moments, as a backup or a stuck tool would: on SQLite a
// connection taking the exclusive lock, on PostgreSQL a transaction locking every table against writes (reads go on,
// as they do beside SQLite's lock). Most locks last a few seconds, which the app's writers wait out; every fourth
// outlasts the drivers' 30 s command timeout, so those writes fail.
internal sealed class DatabaseLocker(SoakDatabase database, Random random)
{
    private static readonly TimeSpan DriverPatience = TimeSpan.FromSeconds(30);

    private readonly List<SoakLock> _locks = [];

    public IReadOnlyList<SoakLock> Locks => _locks;

    public async Task RunAsync(CancellationToken stop)
    {
        while (!stop.IsCancellationRequested)
        {
            try
            {
                await Task.Delay(TimeSpan.FromSeconds(20 + (random.NextDouble() * 40)), stop);
                var held = _locks.Count % 4 == 3
                    ? DriverPatience + TimeSpan.FromSeconds(2 + (random.NextDouble() * 8))
                    : TimeSpan.FromSeconds(2 + (random.NextDouble() * 6));
                await using var connection = Connection();
                await connection.OpenAsync(stop);
                if (database.Engine == DatabaseProvider.PostgreSQL)
                {
                    await PostgresWriteLock.TakeAsync(connection);
                }
                else
                {
                    await Execute(connection, "PRAGMA busy_timeout=60000; BEGIN EXCLUSIVE;");
                }

                var start = TimeProvider.System.GetUtcNow().UtcDateTime;
                await Task.Delay(held, CancellationToken.None);
                await Execute(connection, "ROLLBACK;");
                _locks.Add(new SoakLock(start, held));
            }
            catch (OperationCanceledException)
            {
                return;
            }
            catch (DbException)
            {
                // The app held a write lock for the whole wait; try again later.
            }
        }
    }

    private DbConnection Connection() => database.Engine == DatabaseProvider.PostgreSQL
        ? new NpgsqlConnection(database.ConnectionString)
        : new SqliteConnection($"{database.ConnectionString};Default Timeout=60");

    private static async Task Execute(DbConnection connection, string sql)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.CommandTimeout = 60;
        await command.ExecuteNonQueryAsync();
    }
}

internal sealed record SoakLock(DateTime Start, TimeSpan Held);
