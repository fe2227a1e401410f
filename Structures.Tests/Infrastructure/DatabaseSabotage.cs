using Microsoft.Data.Sqlite;

namespace Structures.Tests.Infrastructure;

// Breaks the app's SQLite file from the outside, as another process or an operator could: a table renamed away
// and back, or the whole database held by a writer.
public static class DatabaseSabotage
{
    public static async Task RenameAsync(string databasePath, string from, string to)
    {
        await using var connection = new SqliteConnection($"Data Source={databasePath};Pooling=False");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = $"ALTER TABLE \"{from}\" RENAME TO \"{to}\"";
        await command.ExecuteNonQueryAsync();
    }

    // A second connection in an exclusive transaction: every other writer waits out its busy timeout and fails.
    public static async Task<SqliteConnection> LockAsync(string databasePath)
    {
        var connection = new SqliteConnection($"Data Source={databasePath};Pooling=False");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "BEGIN EXCLUSIVE";
        await command.ExecuteNonQueryAsync();
        return connection;
    }
}
