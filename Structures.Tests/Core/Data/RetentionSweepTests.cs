using Microsoft.EntityFrameworkCore;
using Structures.Core.Data;
using Structures.Core.Notices;
using Structures.Core.Notifications;
using Structures.Core.Owners;
using Structures.Core.Timers;
using Structures.Core.Webhooks;
using Structures.Tests.Infrastructure;

namespace Structures.Tests.Core.Data;

// Runs on PostgreSQL too (Core/Data/OnPostgresTests.cs).
public class RetentionSweepTests : AppTest
{
    public RetentionSweepTests()
        : this(DatabaseProvider.Sqlite)
    {
    }

    protected RetentionSweepTests(DatabaseProvider provider)
        : base(fakeClock: true, provider: provider)
    {
    }

    private const long Owner = 98000001;

    [Fact]
    public async Task OldNotifications_Go_YoungAndStillNeededOnesStay()
    {
        var now = Clock.GetUtcNow().UtcDateTime;
        await SeedAsync(db =>
        {
            db.Notifications.AddRange(Notification(1, now.AddDays(-91)), Notification(2, now.AddDays(-89)), Notification(3, now.AddDays(-200)),
                Notification(4, now.AddDays(-200)), Notification(5, now.AddDays(-200)));
            db.StructureTimers.Add(new StructureTimer { OwnerId = Owner, Kind = TimerKind.Final, EndsAt = now.AddHours(5), SourceNotificationId = 3 });
            db.StructureTimers.Add(new StructureTimer { OwnerId = Owner, Kind = TimerKind.Hull, EndsAt = now.AddHours(-5), SourceNotificationId = 5 });
            db.QueuedMessages.Add(Message(QueuedMessageStatus.Queued, notificationId: 4));
        });

        var result = await Factory.Get<RetentionSweep>().SweepAsync(default);

        await using var db = await DbAsync();
        (await db.Notifications.Select(n => n.NotificationId).OrderBy(id => id).ToListAsync()).Should().Equal(2, 3, 4);
        result.Notifications.Should().Be(2);
    }

    [Fact]
    public async Task SentMessages_LoseTheirPayloadFirst_ThenTheirRow_DeadLettersAndNoticesGoAtTheirAge()
    {
        var now = Clock.GetUtcNow().UtcDateTime;
        await SeedAsync(db =>
        {
            db.QueuedMessages.AddRange(
                Message(QueuedMessageStatus.Sent, sentAt: now.AddDays(-6)),
                Message(QueuedMessageStatus.Sent, sentAt: now.AddDays(-8)),
                Message(QueuedMessageStatus.Sent, sentAt: now.AddDays(-91)),
                Message(QueuedMessageStatus.DeadLettered, claimedAt: now.AddDays(-29)),
                Message(QueuedMessageStatus.DeadLettered, claimedAt: now.AddDays(-31)),
                Message(QueuedMessageStatus.Queued, createdAt: now.AddDays(-400)));
            db.AdminNotices.AddRange(Notice(now.AddDays(-89)), Notice(now.AddDays(-91)));
        });

        var result = await Factory.Get<RetentionSweep>().SweepAsync(default);

        await using var db = await DbAsync();
        var left = await db.QueuedMessages.OrderBy(m => m.Id).Select(m => new { m.Status, m.Payload }).ToListAsync();
        left.Select(m => (m.Status, m.Payload.Length > 0)).Should().Equal(
            (QueuedMessageStatus.Sent, true), (QueuedMessageStatus.Sent, false), (QueuedMessageStatus.DeadLettered, true), (QueuedMessageStatus.Queued, true));
        (await db.AdminNotices.CountAsync()).Should().Be(1);
        result.Should().Be(new RetentionResult(0, 2, 1, 1, 1));
    }

    [Fact]
    public async Task ASecondSweep_FindsNothingMore()
    {
        var now = Clock.GetUtcNow().UtcDateTime;
        await SeedAsync(db => db.Notifications.Add(Notification(1, now.AddDays(-100))));

        await Factory.Get<RetentionSweep>().SweepAsync(default);
        var again = await Factory.Get<RetentionSweep>().SweepAsync(default);

        again.Should().Be(new RetentionResult(0, 0, 0, 0, 0));
    }

    private async Task SeedAsync(Action<StructuresDbContext> add)
    {
        await using var db = await DbAsync();
        var webhook = new Webhook { Name = "alpha", Url = "https://discord.com/api/webhooks/1/token" };
        db.Owners.Add(new Owner { CorporationId = Owner, CorporationName = "Wayne Technologies" });
        db.Webhooks.Add(webhook);
        await db.SaveChangesAsync();
        add(db);
        foreach (var message in db.ChangeTracker.Entries<QueuedMessage>())
        {
            message.Entity.WebhookId = webhook.Id;
        }

        await db.SaveChangesAsync();
    }

    private static Notification Notification(long id, DateTime timestamp) => new()
    {
        OwnerId = Owner, NotificationId = id, Type = "StructureUnderAttack", SenderType = "corporation", Timestamp = timestamp,
        Text = $"text {id}", ContentKey = $"key {id}", ReceivedAt = timestamp,
    };

    private QueuedMessage Message(QueuedMessageStatus status, DateTime? sentAt = null, DateTime? claimedAt = null, DateTime? createdAt = null, long? notificationId = null) => new()
    {
        Payload = "{\"content\":\"hello\"}", Status = status, SentAt = sentAt, ClaimedAt = claimedAt, NotificationId = notificationId,
        CreatedAt = createdAt ?? sentAt ?? claimedAt ?? Clock.GetUtcNow().UtcDateTime,
    };

    private static AdminNotice Notice(DateTime createdAt) => new() { CreatedAt = createdAt, Title = "Something happened", Message = "Details" };
}
