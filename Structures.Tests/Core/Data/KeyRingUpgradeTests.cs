using Microsoft.AspNetCore.DataProtection;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Testing;
using Structures.Core.Data;
using Structures.Tests.Infrastructure;

namespace Structures.Tests.Core.Data;

// An install from before the keys folder kept its key ring in the database: upgrading must not lose the refresh
// tokens encrypted with it.
public sealed class KeyRingUpgradeTests
{
    private const string TokenPurpose = "Structures.RefreshTokens.v1";

    [Fact]
    public async Task FirstStartWithAnEmptyKeysFolder_CopiesTheDatabasesKeys_SoOldTokensStillDecrypt()
    {
        var folder = Directory.CreateTempSubdirectory("structures-keyring-").FullName;
        string keysPath;
        await using (var first = new DashboardFactory(folder: folder))
        {
            keysPath = first.KeysPath;
            first.Get<IDataProtectionProvider>().CreateProtector(TokenPurpose).Protect("made by the new version").Should().NotBe("made by the new version");
            Directory.EnumerateFiles(keysPath, "key-*.xml").Should().ContainSingle("the app has started with its own keys folder");
        }

        var stored = ProtectWithDatabaseKeyRing(Path.Combine(folder, "structures.db"), "refresh-token-of-a-director");
        Directory.Delete(keysPath, recursive: true);
        var logs = new FakeLogCollector();

        await using var upgraded = new DashboardFactory(folder: folder, logs: logs);
        upgraded.ExpectLog("LogCopied");
        var token = upgraded.Get<IDataProtectionProvider>().CreateProtector(TokenPurpose).Unprotect(stored);

        token.Should().Be("refresh-token-of-a-director");
        Directory.EnumerateFiles(keysPath, "key-*.xml").Should().ContainSingle();
        logs.GetSnapshot().Should().ContainSingle(r => r.Message.StartsWith("Copied 1 Data Protection key(s) from the database", StringComparison.Ordinal));
        Directory.Delete(folder, recursive: true);
    }

    [Fact]
    public async Task AKeysFolderWithKeys_IsLeftAsItIs()
    {
        var folder = Directory.CreateTempSubdirectory("structures-keyring-").FullName;
        var logs = new FakeLogCollector();
        string sealedBefore, keysPath;
        List<string> keysBefore;
        // Stopped before the restart: SQLite serves one instance at a time (SqliteInstanceLock).
        await using (var first = new DashboardFactory(folder: folder, logs: logs))
        {
            sealedBefore = first.Get<IDataProtectionProvider>().CreateProtector(TokenPurpose).Protect("token");
            keysPath = first.KeysPath;
            keysBefore = [.. Directory.EnumerateFiles(keysPath).Order()];
        }

        ProtectWithDatabaseKeyRing(Path.Combine(folder, "structures.db"), "another");

        await using var restarted = new DashboardFactory(folder: folder, logs: logs);
        var opened = restarted.Get<IDataProtectionProvider>().CreateProtector(TokenPurpose).Unprotect(sealedBefore);

        opened.Should().Be("token");
        Directory.EnumerateFiles(keysPath).Order().Should().Equal(keysBefore);
        logs.GetSnapshot().Should().NotContain(r => r.Message.StartsWith("Copied", StringComparison.Ordinal));
        Directory.Delete(folder, recursive: true);
    }

    // What the app did before the keys folder: its key ring persisted in the database's DataProtectionKeys table.
    private static string ProtectWithDatabaseKeyRing(string databasePath, string token)
    {
        var services = new ServiceCollection();
        services.AddDbContext<StructuresDbContext>(options => options.UseSqlite($"Data Source={databasePath};Pooling=False"));
        services.AddDataProtection().SetApplicationName("Structures").PersistKeysToDbContext<StructuresDbContext>();
        using var provider = services.BuildServiceProvider();
        return provider.GetRequiredService<IDataProtectionProvider>().CreateProtector(TokenPurpose).Protect(token);
    }
}
