using System.Data.Common;

namespace Structures.Tests.Infrastructure;

// Another program holding a PostgreSQL database against writes, as a backup or a stuck tool would: a transaction on
// the caller's open connection locks the tables in EXCLUSIVE mode, which conflicts with every write and row lock but
// not with plain reads (as beside SQLite's exclusive lock). Rolling it back lets the writers go on.
internal static class PostgresWriteLock
{
    // The given table, or every table of the public schema.
    public static async Task TakeAsync(DbConnection connection, string? table = null)
    {
        var tables = table is null
            ? (string)(await ScalarAsync(connection, "SELECT string_agg(format('%I', tablename), ', ') FROM pg_tables WHERE schemaname = 'public'"))!
            : $"\"{table}\"";
        await ExecuteAsync(connection, $"SET lock_timeout = '60s'; BEGIN; LOCK TABLE {tables} IN EXCLUSIVE MODE;");
    }

    public static Task ReleaseAsync(DbConnection connection) => ExecuteAsync(connection, "ROLLBACK;");

    private static async Task<object?> ScalarAsync(DbConnection connection, string sql)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        return await command.ExecuteScalarAsync();
    }

    private static async Task ExecuteAsync(DbConnection connection, string sql)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.CommandTimeout = 60;
        await command.ExecuteNonQueryAsync();
    }
}
