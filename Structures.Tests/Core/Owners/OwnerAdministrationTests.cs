using Microsoft.EntityFrameworkCore;
using Structures.Core.Owners;
using Structures.Tests.Infrastructure;

namespace Structures.Tests.Core.Owners;

// An owner's settings as an admin saves them, and what "Sync now" reports.
public sealed class OwnerAdministrationTests() : AppTest(new Dictionary<string, string?> { ["Structures:AdminCharacterIds:0"] = "90000001" })
{
    [Fact]
    public async Task OwnerForm_IsSaved_AndSyncNowReportsTheSync()
    {
        var admin = await SignedInViewerAsync(90000001);
        await AddOwnerAsync(90000001);
        var owners = Factory.Get<OwnerAdministration>();

        var saved = await owners.SaveAsync(admin, 98000001, new OwnerForm { IsActive = true, IsAllianceMain = true, IsIncludedInServiceStatus = false, PingRoleIds = " 123456789012345678 ,223456789012345678" }, default);
        var synced = await owners.SyncNowAsync(admin, 98000001, default);

        saved.Succeeded.Should().BeTrue();
        // Adding the owner started a sync; when it ran first, ESI's cached list is what "Sync now" gets, and it says so.
        synced.Message.Should().MatchRegex(@"^(Synced: \d+ structures, 0 removed; notifications fetched\.|ESI answered from its cache: it holds the structure list until \d\d:\d\d EVE; nothing newer before then\. .+)$");
        await using var db = await DbAsync();
        var owner = await db.Owners.SingleAsync();
        owner.IsAllianceMain.Should().BeTrue();
        owner.IsIncludedInServiceStatus.Should().BeFalse();
        owner.PingRoleIds.Should().Be("123456789012345678,223456789012345678");
        (await db.Structures.CountAsync()).Should().BeGreaterThan(0);
    }
}
