using Structures.Core.Notices;
using Structures.Tests.Infrastructure;

namespace Structures.Tests.Core.Notices;

// With notices switched off they are still recorded, but the page lists none.
public sealed class AdminNoticesSwitchedOffTests() : AppTest(new Dictionary<string, string?>
{
    ["Structures:AdminCharacterIds:0"] = "90000001",
    ["Structures:Notices:Enabled"] = "false",
})
{
    [Fact]
    public async Task RecentNotices_WhenSwitchedOff_AreRecordedButNotListed()
    {
        var admin = await SignedInViewerAsync(90000001);
        await AddOwnerAsync(90000001);

        var notices = await Factory.Get<AdminNoticeList>().RecentNoticesAsync(admin, 10, default);

        notices.Should().BeEmpty();
        await using var db = await DbAsync();
        db.AdminNotices.Should().Contain(n => n.Title.Contains("added", StringComparison.OrdinalIgnoreCase));
    }
}
