using System.Data.Common;
using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;

namespace Structures.Core.Data;

// Where a database keeps its DatabaseMark: SQLite in its file header (PRAGMA application_id), PostgreSQL in a
// one-row table of its own beside EF's migrations history.
internal static class DatabaseMarkStore
{
    private const string PostgresTable = "__StructuresDatabaseMark";

    public static async Task<int> ReadAsync(DatabaseFacade database, CancellationToken cancellationToken)
    {
        if (database.IsSqlite())
        {
            return ToInt(await ScalarAsync(database, "PRAGMA application_id", cancellationToken));
        }

        return await TableExistsAsync(database, PostgresTable, cancellationToken)
            ? ToInt(await ScalarAsync(database, $"SELECT coalesce(max(\"Mark\"), 0) FROM \"{PostgresTable}\"", cancellationToken))
            : DatabaseMark.Unmarked;
    }

    public static Task WriteAsync(DatabaseFacade database, int mark, CancellationToken cancellationToken) =>
        database.IsSqlite()
            ? ScalarAsync(database, $"PRAGMA application_id = {mark.ToString(CultureInfo.InvariantCulture)}", cancellationToken)
            : ScalarAsync(database, $"""
                CREATE TABLE IF NOT EXISTS "{PostgresTable}" ("Mark" integer NOT NULL);
                DELETE FROM "{PostgresTable}";
                INSERT INTO "{PostgresTable}" ("Mark") VALUES ({mark.ToString(CultureInfo.InvariantCulture)});
                """, cancellationToken);

    public static async Task<bool> HasDemoGrantsAsync(DatabaseFacade database, CancellationToken cancellationToken) =>
        await TableExistsAsync(database, "PermissionGrants", cancellationToken)
        && ToInt(await ScalarAsync(database, $"SELECT count(*) FROM \"PermissionGrants\" WHERE \"GrantedBy\" = '{DatabaseMark.DemoGrantor}'", cancellationToken)) > 0;

    private static async Task<bool> TableExistsAsync(DatabaseFacade database, string table, CancellationToken cancellationToken) =>
        ToInt(await ScalarAsync(database, database.IsSqlite()
            ? $"SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = '{table}'"
            : $"SELECT count(*) FROM pg_catalog.pg_tables WHERE schemaname = current_schema() AND tablename = '{table}'", cancellationToken)) > 0;

    private static int ToInt(object? value) => Convert.ToInt32(value, CultureInfo.InvariantCulture);

    private static async Task<object?> ScalarAsync(DatabaseFacade database, string sql, CancellationToken cancellationToken)
    {
        DbConnection connection = database.GetDbConnection();
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        return await command.ExecuteScalarAsync(cancellationToken);
    }
}
