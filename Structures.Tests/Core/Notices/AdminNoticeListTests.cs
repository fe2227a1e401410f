using Structures.Core.Notices;
using Structures.Core.Notifications;
using Structures.Tests.Infrastructure;

namespace Structures.Tests.Core.Notices;

// What the admin notices page lists, against the real database: newest first, admins only, and the notifications
// Structures could not read or does not know.
public sealed class AdminNoticeListTests() : AppTest(new Dictionary<string, string?> { ["Structures:AdminCharacterIds:0"] = "90000001" })
{
    [Fact]
    public async Task RecentNotices_AreNewestFirst_AndAsManyAsAsked()
    {
        var admin = await SignedInViewerAsync(90000001);
        await AddNoticesAsync("Owner added", "Service down", "Service restored");

        var notices = await Factory.Get<AdminNoticeList>().RecentNoticesAsync(admin, 2, default);

        notices.Select(n => n.Title).Should().Equal("Service restored", "Service down");
    }

    [Fact]
    public async Task RecentNotices_AreForAdminsOnly()
    {
        await AddOwnerAsync(90000001);
        var member = await SignedInViewerAsync(90000002);
        await AddNoticesAsync("Character disabled");

        var notices = await Factory.Get<AdminNoticeList>().RecentNoticesAsync(member, 10, default);

        notices.Should().BeEmpty();
        (await Factory.Get<AdminNoticeList>().ProblemNotificationsAsync(member, 10, default)).Should().BeEmpty();
    }

    [Fact]
    public async Task ProblemNotifications_ListUnreadableAndUnknownOnes_WithTheirProblem()
    {
        var admin = await SignedInViewerAsync(90000001);
        await AddOwnerAsync(90000001);
        var now = Factory.Get<TimeProvider>().GetUtcNow().UtcDateTime;
        await using (var db = await DbAsync())
        {
            db.Notifications.AddRange(
                Row(1, "StructureUnderAttack", now.AddMinutes(-3), known: true, parseError: null),
                Row(2, "StructureUnderAttack", now.AddMinutes(-2), known: true, parseError: "The text is not YAML: line 1"),
                Row(3, "SomethingNewFromCcp", now.AddMinutes(-1), known: false, parseError: null));
            await db.SaveChangesAsync();
        }

        var problems = await Factory.Get<AdminNoticeList>().ProblemNotificationsAsync(admin, 10, default);

        problems.Select(p => (p.NotificationId, p.Problem)).Should().Equal(
            (3L, "Unknown type: stored, forwarded only to webhooks that ask for unknown types."),
            (2L, "The text is not YAML: line 1"));
    }

    private async Task AddNoticesAsync(params string[] titles)
    {
        var now = Factory.Get<TimeProvider>().GetUtcNow().UtcDateTime;
        await using var db = await DbAsync();
        foreach (var (title, i) in titles.Select((t, i) => (t, i)))
        {
            db.AdminNotices.Add(new AdminNotice { CreatedAt = now.AddMinutes(i), Level = NoticeLevel.Info, Title = title, Message = $"{title}." });
        }

        await db.SaveChangesAsync();
    }

    private static Notification Row(long id, string type, DateTime at, bool known, string? parseError) => new()
    {
        OwnerId = 98000001, NotificationId = id, Type = type, SenderId = 1000137, SenderType = "corporation", Timestamp = at,
        Text = "structureID: 1035000000001\n", ContentKey = $"key-{id}", IsKnownType = known, ParseError = parseError, ReceivedAt = at,
    };
}
