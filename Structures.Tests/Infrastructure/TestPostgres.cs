using Microsoft.EntityFrameworkCore;
using Npgsql;
using Structures.Core.Data;

namespace Structures.Tests.Infrastructure;

// The throwaway PostgreSQL server that .ci/test starts for the run (.ci/postgres), named by STRUCTURES_POSTGRES.
// Each app on PostgreSQL gets a database of its own, dropped at the end: empty (from the server's template), or a
// copy of one with every migration applied, made once per test run, as MigratedSqlite does for SQLite files.
public static class TestPostgres
{
    private static readonly Lazy<string> Migrated = new(CreateMigrated, LazyThreadSafetyMode.ExecutionAndPublication);

    public const string Variable = "STRUCTURES_POSTGRES";

    public static string Server => Environment.GetEnvironmentVariable(Variable) is { Length: > 0 } server
        ? server
        : throw new Xunit.Sdk.XunitException(
            $"{Variable} is not set, so this PostgreSQL test cannot run{(Environment.GetEnvironmentVariable("CI") == "true" ? " on CI" : "")}: "
            + "run the suite with `bash .ci/test` (it starts a throwaway server), or start one with `bash .ci/postgres start FOLDER` "
            + $"and set {Variable} to the connection string it prints.");

    public static string CreateDatabase(bool migrated = false)
    {
        var name = $"structures_{Guid.NewGuid():N}";
        Execute(migrated ? $"CREATE DATABASE \"{name}\" TEMPLATE \"{Migrated.Value}\"" : $"CREATE DATABASE \"{name}\"");
        return new NpgsqlConnectionStringBuilder(Server) { Database = name }.ConnectionString;
    }

    // Copying a database needs no one connected to it: the migration's connection is not pooled, so it is closed here.
    private static string CreateMigrated()
    {
        var name = $"structures_migrated_{Guid.NewGuid():N}";
        Execute($"CREATE DATABASE \"{name}\"");
        var connectionString = new NpgsqlConnectionStringBuilder(Server) { Database = name, Pooling = false }.ConnectionString;
        using (var db = new PostgresStructuresDbContext(new DbContextOptionsBuilder<PostgresStructuresDbContext>().UseNpgsql(connectionString).Options))
        {
            db.Database.Migrate();
        }

        AppDomain.CurrentDomain.ProcessExit += (_, _) => Drop(name);
        return name;
    }

    private static void Drop(string name)
    {
        try
        {
            Execute($"DROP DATABASE IF EXISTS \"{name}\" WITH (FORCE)");
        }
        catch (NpgsqlException)
        {
            // A server already stopped takes the database with it.
        }
    }

    public static void DropDatabase(string connectionString)
    {
        using (var connection = new NpgsqlConnection(connectionString))
        {
            NpgsqlConnection.ClearPool(connection);
        }

        Execute($"DROP DATABASE IF EXISTS \"{new NpgsqlConnectionStringBuilder(connectionString).Database}\" WITH (FORCE)");
    }

    private static void Execute(string sql)
    {
        using var connection = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(Server) { Database = "postgres", Pooling = false }.ConnectionString);
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }
}
