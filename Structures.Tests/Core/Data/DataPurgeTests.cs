using Microsoft.EntityFrameworkCore;
using Structures.Core.Data;
using Structures.Core.Webhooks;
using Structures.Tests.Infrastructure;

namespace Structures.Tests.Core.Data;

// The purge deletes what came from EVE only when asked in words, and keeps the setup.
// Runs on PostgreSQL too (Core/Data/OnPostgresTests.cs).
public class DataPurgeTests : AppTest
{
    public DataPurgeTests()
        : this(DatabaseProvider.Sqlite)
    {
    }

    protected DataPurgeTests(DatabaseProvider provider)
        : base(new Dictionary<string, string?> { ["Structures:AdminCharacterIds:0"] = "90000001" }, provider: provider)
    {
    }

    [Fact]
    public async Task Purge_NeedsTheWord_ThenDeletesWhatCameFromEve_AndKeepsTheSetup()
    {
        var admin = await SignedInViewerAsync(90000001);
        await AddOwnerAsync(90000001);
        await SyncAsync(98000001);
        await Factory.Get<WebhookAdministration>().SaveAsync(admin, null, new WebhookForm { Name = "Ops", Url = "https://discord.com/api/webhooks/1/abc", OwnerIds = [98000001] }, default);
        var purge = Factory.Get<DataPurge>();
        var summary = await purge.SummaryAsync(admin, default);

        var refused = await purge.PurgeAsync(admin, "purge please", default);
        await using (var db = await DbAsync())
        {
            (await db.Structures.CountAsync()).Should().BeGreaterThan(0);
        }

        var done = await purge.PurgeAsync(admin, "PURGE", default);

        summary.Should().Contain(("owners", 1));
        refused.Message.Should().Be("Type PURGE to confirm. Nothing was deleted.");
        done.Succeeded.Should().BeTrue();
        await using var after = await DbAsync();
        (await after.Owners.CountAsync()).Should().Be(0);
        (await after.Structures.CountAsync()).Should().Be(0);
        (await after.OwnerCharacters.CountAsync()).Should().Be(0);
        (await after.Webhooks.SingleAsync()).Name.Should().Be("Ops");
        (await after.Characters.CountAsync()).Should().Be(1);
    }
}
