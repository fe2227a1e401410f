using Microsoft.Data.Sqlite;

namespace Structures.Tests.Benchmarks.Soak;

// Another program holding the app's database: a connection that takes SQLite's exclusive lock at random moments,
// as a backup or a stuck tool would. Most locks last a few seconds, which the app's writers wait out (SQLite's
// busy_timeout, then the driver's retries until its 30 s command timeout); every fourth outlasts both, so they fail.
internal sealed class DatabaseLocker(string connectionString, Random random)
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
                await using var connection = new SqliteConnection($"{connectionString};Default Timeout=60");
                await connection.OpenAsync(stop);
                await Execute(connection, "PRAGMA busy_timeout=60000; BEGIN EXCLUSIVE;");
                var start = TimeProvider.System.GetUtcNow().UtcDateTime;
                await Task.Delay(held, CancellationToken.None);
                await Execute(connection, "ROLLBACK;");
                _locks.Add(new SoakLock(start, held));
            }
            catch (OperationCanceledException)
            {
                return;
            }
            catch (SqliteException)
            {
                // The app held a write lock for the whole wait; try again later.
            }
        }
    }

    private static async Task Execute(SqliteConnection connection, string sql)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.CommandTimeout = 60;
        await command.ExecuteNonQueryAsync();
    }
}

internal sealed record SoakLock(DateTime Start, TimeSpan Held);
