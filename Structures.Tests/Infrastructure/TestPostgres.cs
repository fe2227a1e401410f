using Npgsql;

namespace Structures.Tests.Infrastructure;

// The throwaway PostgreSQL server that .ci/test starts for the run (.ci/postgres), named by STRUCTURES_POSTGRES.
// Each app on PostgreSQL gets a database of its own, made empty from the server's template and dropped at the end.
public static class TestPostgres
{
    public const string Variable = "STRUCTURES_POSTGRES";

    public static string Server => Environment.GetEnvironmentVariable(Variable) is { Length: > 0 } server
        ? server
        : throw new Xunit.Sdk.XunitException(
            $"{Variable} is not set, so this PostgreSQL test cannot run{(Environment.GetEnvironmentVariable("CI") == "true" ? " on CI" : "")}: "
            + "run the suite with `bash .ci/test` (it starts a throwaway server), or start one with `bash .ci/postgres start FOLDER` "
            + $"and set {Variable} to the connection string it prints.");

    public static string CreateDatabase()
    {
        var name = $"structures_{Guid.NewGuid():N}";
        Execute($"CREATE DATABASE \"{name}\"");
        return new NpgsqlConnectionStringBuilder(Server) { Database = name }.ConnectionString;
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
