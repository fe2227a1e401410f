using Microsoft.EntityFrameworkCore;
using Npgsql;
using Structures.Core.Data;
using Structures.Tests.Infrastructure;

namespace Structures.Tests.Core.Data;

// Both providers' migrations are kept in step with the model: a model change without a migration for each fails here.
public sealed class MigrationsTests
{
    [Fact]
    public void SqliteMigrations_HoldEveryModelChange()
    {
        using var db = new DesignTimeDbContextFactory().CreateDbContext([]);

        db.Database.HasPendingModelChanges().Should().BeFalse(
            "the model changed without a SQLite migration: add one with --context StructuresDbContext (README, \"Adding a migration\")");
    }

    [Fact]
    public void PostgresMigrations_HoldEveryModelChange()
    {
        using var db = new PostgresDesignTimeDbContextFactory().CreateDbContext([]);

        db.Database.HasPendingModelChanges().Should().BeFalse(
            "the model changed without a PostgreSQL migration: add one with --context PostgresStructuresDbContext (README, \"Adding a migration\")");
    }

    [Fact]
    public async Task Migrate_OnAnEmptyPostgresDatabase_CreatesEveryTableOfTheModel()
    {
        var connectionString = TestPostgres.CreateDatabase();
        try
        {
            await using var db = new PostgresStructuresDbContext(new DbContextOptionsBuilder<PostgresStructuresDbContext>().UseNpgsql(connectionString).Options);

            await db.Database.MigrateAsync();

            (await db.Database.GetAppliedMigrationsAsync()).Should().Equal(db.Database.GetMigrations()).And.NotBeEmpty();
            (await TablesAsync(connectionString)).Should().BeEquivalentTo(db.Model.GetEntityTypes().Select(t => t.GetTableName()).OfType<string>().Distinct()
                .Append("__EFMigrationsHistory"));
        }
        finally
        {
            TestPostgres.DropDatabase(connectionString);
        }
    }

    private static async Task<List<string>> TablesAsync(string connectionString)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT tablename FROM pg_catalog.pg_tables WHERE schemaname = current_schema()";
        var tables = new List<string>();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            tables.Add(reader.GetString(0));
        }

        return tables;
    }
}
