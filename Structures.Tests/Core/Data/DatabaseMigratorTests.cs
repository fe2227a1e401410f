using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Structures.Core.Data;
using Structures.Tests.Infrastructure;

namespace Structures.Tests.Core.Data;

// On an empty file, as a new install starts: the migrations themselves are what these tests read.
public sealed class DatabaseMigratorTests() : AppTest(emptyDatabase: true)
{
    [Fact]
    public async Task Startup_CreatesTheDatabaseFile_WithEveryMigrationApplied()
    {
        _ = Factory.BaseUrl;
        await using var db = await Factory.Services.GetRequiredService<IDbContextFactory<StructuresDbContext>>().CreateDbContextAsync();

        File.Exists(Factory.DatabasePath).Should().BeTrue();
        (await db.Database.GetPendingMigrationsAsync()).Should().BeEmpty();
        (await db.Database.GetAppliedMigrationsAsync()).Should().BeEquivalentTo(db.Database.GetMigrations());
    }

    [Fact]
    public async Task DataProtectionKeys_AreKeptInTheKeysFolder_NotInTheDatabase()
    {
        await Sso.SignInAsync(90000001);
        using var http = Factory.CreateHttpClient();
        await http.GetAsync("/auth/login");

        await using var connection = new SqliteConnection($"Data Source={Factory.DatabasePath}");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT COUNT(*) FROM DataProtectionKeys";
        ((long)(await command.ExecuteScalarAsync())!).Should().Be(0);
        Directory.GetFiles(Factory.KeysPath, "key-*.xml").Should().NotBeEmpty();
    }
}
