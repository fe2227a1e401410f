using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Testing;
using Structures.Core.Data;
using Structures.Dashboard.Simulation;
using Structures.Tests.Infrastructure;

namespace Structures.Tests.Dashboard.Simulation;

public sealed class DemoModeTests
{
    [Fact]
    public async Task DemoStart_AddsEverySimulatedCorporation_AndSyncsIt_WithoutWarnings()
    {
        var logs = new FakeLogCollector();
        await using var factory = new DashboardFactory(new Dictionary<string, string?> { ["Simulation:SeedOwners"] = "true" }, logs: logs);

        _ = factory.BaseUrl;
        await factory.Get<DemoSeeding>().Completed.WaitAsync(TimeSpan.FromMinutes(2));

        await using var db = await factory.Get<IDbContextFactory<StructuresDbContext>>().CreateDbContextAsync();
        var owners = await db.Owners.ToListAsync();
        owners.Should().HaveCount(5).And.OnlyContain(o => o.StructuresSync.LastSuccessAt != null && o.AssetsSync.LastSuccessAt != null);
        (await db.Structures.CountAsync()).Should().Be(60);
        logs.GetSnapshot().Where(l => l.Level >= LogLevel.Warning && !l.Category!.StartsWith("Microsoft.AspNetCore.DataProtection", StringComparison.Ordinal))
            .Select(l => $"{l.Category}: {l.Message}").Should().BeEmpty();
    }

    [Fact]
    public async Task DemoStart_UsesItsOwnDatabase_AndMarksIt()
    {
        var folder = Directory.CreateTempSubdirectory("structures-demo-").FullName;
        var demo = Path.Combine(folder, "demo.db");
        var real = Path.Combine(folder, "structures.db");
        await using (var factory = new DashboardFactory(new Dictionary<string, string?>
        {
            ["Simulation:ConnectionString"] = $"Data Source={demo}", ["Data:ConnectionString"] = $"Data Source={real}",
        }, folder: folder))
        {
            _ = factory.BaseUrl;
        }

        await using var connection = new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={demo};Pooling=false");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA application_id";
        Convert.ToInt32(await command.ExecuteScalarAsync(), System.Globalization.CultureInfo.InvariantCulture).Should().Be(DatabaseMark.DemoMark);
        File.Exists(real).Should().BeFalse();
    }
}
