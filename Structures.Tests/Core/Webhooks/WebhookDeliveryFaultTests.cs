using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Testing;
using Microsoft.Extensions.Time.Testing;
using Npgsql;
using Structures.Core.Data;
using Structures.Core.Discord;
using Structures.Core.Webhooks;
using Structures.Dashboard.Simulation.Discord;
using Structures.Tests.Infrastructure;

namespace Structures.Tests.Core.Webhooks;

public sealed class WebhookDeliveryFaultTests
{
    [Fact]
    public async Task StoppedInTheMiddleOfDispatch_TheRestartSendsTheRest_AndNothingTwice()
    {
        var folder = Directory.CreateTempSubdirectory("structures-restart-").FullName;
        var clock = new FakeTimeProvider(TimeProvider.System.GetUtcNow());
        int webhookId;
        int sentBefore;
        await using (var before = new DashboardFactory(clock: clock, folder: folder))
        {
            webhookId = await TestWebhooks.AddAsync(before);
            await TestWebhooks.QueueAsync(before, webhookId, 12);

            await before.Get<WebhookDispatcher>().DrainAsync(webhookId, default);
            sentBefore = before.Get<SimDiscordChannel>().Messages("alpha").Count;
        }

        await using var after = await RestartAndDrainAsync(folder, clock, webhookId);
        after.ExpectLog("ClaimResent");

        var sentAfter = after.Get<SimDiscordChannel>().Messages("alpha");
        sentBefore.Should().Be(5, "the bucket allows five posts before it must wait");
        sentAfter.Select(m => m.Content).Should().Equal(Enumerable.Range(sentBefore + 1, 12 - sentBefore).Select(i => $"message {i}"));
        await using var db = await after.Get<IDbContextFactory<StructuresDbContext>>().CreateDbContextAsync();
        (await db.QueuedMessages.CountAsync(m => m.Status == QueuedMessageStatus.Sent)).Should().Be(12);
        Directory.Delete(folder, recursive: true);
    }

    [Fact]
    public async Task ClaimIsCommittedBeforeThePost_AndAClaimLeftByACrash_IsDeliveredOnceAfterTheRestart()
    {
        var folder = Directory.CreateTempSubdirectory("structures-restart-").FullName;
        var clock = new FakeTimeProvider(TimeProvider.System.GetUtcNow());
        QueuedMessage? seenByDiscord = null;
        int webhookId;
        await using (var before = new DashboardFactory(clock: clock, folder: folder,
            services: CrashOnPost(1, afterAnswer: false, async services => seenByDiscord = await ReadSingleAsync(services))))
        {
            webhookId = await TestWebhooks.AddAsync(before);
            await TestWebhooks.QueueAsync(before, webhookId, 1);

            var interrupted = () => before.Get<WebhookDispatcher>().DrainAsync(webhookId, default);

            await interrupted.Should().ThrowAsync<SimulatedCrashException>();
        }

        await using var after = await RestartAndDrainAsync(folder, clock, webhookId);
        after.ExpectLog("ClaimResent");

        seenByDiscord!.Status.Should().Be(QueuedMessageStatus.Sending, "the claim was committed before Discord was called");
        seenByDiscord.ClaimId.Should().NotBe(Guid.Empty).And.NotBeNull();
        seenByDiscord.ClaimedAt.Should().Be(clock.GetUtcNow().UtcDateTime);
        after.Get<SimDiscordChannel>().Messages("alpha").Select(m => m.Content).Should().Equal("message 1");
        (await ReadSingleAsync(after.Services)).Status.Should().Be(QueuedMessageStatus.Sent);
        Directory.Delete(folder, recursive: true);
    }

    [Fact]
    public async Task ACrashBetweenDiscordsAnswerAndTheCommit_RepeatsThatOnePost_AndNothingElse()
    {
        var folder = Directory.CreateTempSubdirectory("structures-restart-").FullName;
        var clock = new FakeTimeProvider(TimeProvider.System.GetUtcNow());
        int webhookId;
        IEnumerable<string?> sentBefore;
        await using (var before = new DashboardFactory(clock: clock, folder: folder, services: CrashOnPost(2, afterAnswer: true, _ => Task.CompletedTask)))
        {
            webhookId = await TestWebhooks.AddAsync(before);
            await TestWebhooks.QueueAsync(before, webhookId, 3);

            var interrupted = () => before.Get<WebhookDispatcher>().DrainAsync(webhookId, default);

            await interrupted.Should().ThrowAsync<SimulatedCrashException>();
            sentBefore = before.Get<SimDiscordChannel>().Messages("alpha").Select(m => m.Content).ToList();
        }

        await using var after = await RestartAndDrainAsync(folder, clock, webhookId);
        after.ExpectLog("ClaimResent");

        sentBefore.Concat(after.Get<SimDiscordChannel>().Messages("alpha").Select(m => m.Content))
            .Should().Equal("message 1", "message 2", "message 2", "message 3");
    }

    [Fact]
    public async Task ADatabaseFailingRightAfterDiscordsAnswer_IsWaitedOut_AndNoPostIsRepeated()
    {
        var folder = Directory.CreateTempSubdirectory("structures-answer-").FullName;
        var database = Path.Combine(folder, "structures.db");

        await PostThree_TheSecondsRecordFailing_NothingTwiceAsync(
            (clock, logs, services) => new DashboardFactory(clock: clock, logs: logs, folder: folder, services: services),
            () => DatabaseSabotage.RenameAsync(database, "QueuedMessages", "QueuedMessagesAway"),
            () => DatabaseSabotage.RenameAsync(database, "QueuedMessagesAway", "QueuedMessages"));
    }

    // On PostgreSQL a write waiting on a lock times out, and EF Core's execution strategy reports that as a transient
    // failure of its own (an InvalidOperationException around the driver's timeout): that too is waited out.
    [Fact]
    public async Task OnPostgres_ATableLockedRightAfterDiscordsAnswer_IsWaitedOut_AndNoPostIsRepeated()
    {
        var database = TestPostgres.CreateDatabase(migrated: true);
        try
        {
            await using var locker = new NpgsqlConnection(database);
            await locker.OpenAsync();

            var logs = await PostThree_TheSecondsRecordFailing_NothingTwiceAsync(
                (clock, logs, services) => new DashboardFactory(clock: clock, logs: logs, postgresDatabase: $"{database};Command Timeout=2", services: services),
                () => PostgresWriteLock.TakeAsync(locker, "QueuedMessages"),
                () => PostgresWriteLock.ReleaseAsync(locker));

            logs.First(r => r.Id.Name == "AnswerCommitRetried").Exception.Should().BeOfType<InvalidOperationException>("EF Core's execution strategy reports the timeout so");
        }
        finally
        {
            TestPostgres.DropDatabase(database);
        }
    }

    // Three messages for one webhook; right after Discord takes the second, the database fails to record it until it is
    // mended. Each message must arrive once and end sent. Returns the app's logs.
    private static async Task<IReadOnlyList<FakeLogRecord>> PostThree_TheSecondsRecordFailing_NothingTwiceAsync(
        Func<FakeTimeProvider, FakeLogCollector, Action<IServiceCollection>, DashboardFactory> create, Func<Task> breakDatabase, Func<Task> mendDatabase)
    {
        var clock = new FakeTimeProvider(TimeProvider.System.GetUtcNow());
        var logs = new FakeLogCollector();
        var posts = 0;
        await using var factory = create(clock, logs, services =>
            services.AddHttpClient(DiscordWebhookClient.HttpClientName).AddHttpMessageHandler(() => new CrashingHandler(async (request, send, cancellationToken) =>
            {
                var response = await send(request, cancellationToken);
                if (Interlocked.Increment(ref posts) == 2)
                {
                    await breakDatabase();
                }

                return response;
            })));
        factory.ExpectDatabaseErrors();
        factory.ExpectLog("AnswerCommitRetried");
        var webhookId = await TestWebhooks.AddAsync(factory);
        await TestWebhooks.QueueAsync(factory, webhookId, 3);
        var drains = new List<Task<DateTime?>> { factory.Get<WebhookDispatcher>().DrainAsync(webhookId, default) };

        await UntilAsync(() => logs.GetSnapshot().Any(r => r.Id.Name == "AnswerCommitRetried"));
        await mendDatabase();
        clock.Advance(TimeSpan.FromSeconds(2));
        while (await drains[^1] is { } comeBack)
        {
            clock.Advance(comeBack - clock.GetUtcNow().UtcDateTime + TimeSpan.FromMilliseconds(1));
            drains.Add(factory.Get<WebhookDispatcher>().DrainAsync(webhookId, default));
        }

        factory.Get<SimDiscordChannel>().Messages("alpha").Select(m => m.Content).Should().Equal("message 1", "message 2", "message 3");
        logs.GetSnapshot().Should().NotContain(r => r.Id.Name == "ClaimResent");
        await using var db = await factory.Get<IDbContextFactory<StructuresDbContext>>().CreateDbContextAsync();
        (await db.QueuedMessages.Select(m => m.Status).ToListAsync()).Should().AllBeEquivalentTo(QueuedMessageStatus.Sent);
        return logs.GetSnapshot();
    }

    [Fact]
    public async Task ATimeout_IsRetried_AndTheMessageArrivesOnce()
    {
        var clock = new FakeTimeProvider(TimeProvider.System.GetUtcNow());
        await using var factory = new DashboardFactory(new Dictionary<string, string?> { ["Webhooks:Timeout"] = "00:00:02" }, clock);
        var webhookId = await TestWebhooks.AddAsync(factory);
        await TestWebhooks.QueueAsync(factory, webhookId, 1);
        using var http = factory.CreateHttpClient();
        using var _ = await System.Net.Http.Json.HttpClientJsonExtensions.PostAsJsonAsync(http, "/sim/control/faults",
            new { target = "/sim/discord/api/webhooks/alpha", kind = "Slow", delayMilliseconds = 15000, count = 1 });

        var first = await factory.Get<WebhookDispatcher>().DrainAsync(webhookId, default);
        clock.Advance(TimeSpan.FromSeconds(6));
        factory.Get<SimDiscordChannel>().Messages("alpha").Should().BeEmpty("the timed-out post was not taken");
        var second = await factory.Get<WebhookDispatcher>().DrainAsync(webhookId, default);

        first.Should().NotBeNull("the timed-out message waits for its retry");
        second.Should().BeNull();
        factory.Get<SimDiscordChannel>().Messages("alpha").Should().ContainSingle();
        await using var db = await factory.Get<IDbContextFactory<StructuresDbContext>>().CreateDbContextAsync();
        (await db.QueuedMessages.SingleAsync()).LastError.Should().BeNull();
    }

    // The app started again on the same database, its dispatcher driven until the queue is empty.
    private static async Task<DashboardFactory> RestartAndDrainAsync(string folder, FakeTimeProvider clock, int webhookId)
    {
        var after = new DashboardFactory(clock: clock, folder: folder);
        await TestWebhooks.RepointAsync(after, webhookId);
        while (await after.Get<WebhookDispatcher>().DrainAsync(webhookId, default) is { } comeBack)
        {
            clock.Advance(comeBack - clock.GetUtcNow().UtcDateTime + TimeSpan.FromMilliseconds(1));
        }

        return after;
    }

    // The dispatcher runs on its own task: yield to it until it has done what the test waits for (at most 30 s).
    private static async Task UntilAsync(Func<bool> done)
    {
        var started = TimeProvider.System.GetTimestamp();
        while (!done() && TimeProvider.System.GetElapsedTime(started) < TimeSpan.FromSeconds(30))
        {
            await Task.Yield();
        }

        done().Should().BeTrue();
    }

    private static async Task<QueuedMessage> ReadSingleAsync(IServiceProvider services)
    {
        await using var db = await services.GetRequiredService<IDbContextFactory<StructuresDbContext>>().CreateDbContextAsync();
        return await db.QueuedMessages.AsNoTracking().OrderBy(m => m.Id).FirstAsync();
    }

    // The process "dies" at the given post to Discord: before it leaves, or after Discord answered 2xx; atCrash looks
    // at the database at that moment.
    private static Action<IServiceCollection> CrashOnPost(int post, bool afterAnswer, Func<IServiceProvider, Task> atCrash) => services =>
    {
        var posts = 0;
        services.AddHttpClient(DiscordWebhookClient.HttpClientName).AddHttpMessageHandler(provider => new CrashingHandler(async (request, send, cancellationToken) =>
        {
            if (Interlocked.Increment(ref posts) != post)
            {
                return await send(request, cancellationToken);
            }

            var response = afterAnswer ? await send(request, cancellationToken) : null;
            await atCrash(provider);
            response?.Dispose();
            throw new SimulatedCrashException();
        }));
    };

    private sealed class SimulatedCrashException : Exception;

    private sealed class CrashingHandler(Func<HttpRequestMessage, Func<HttpRequestMessage, CancellationToken, Task<HttpResponseMessage>>, CancellationToken, Task<HttpResponseMessage>> onSend)
        : DelegatingHandler
    {
        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken) =>
            onSend(request, base.SendAsync, cancellationToken);
    }
}
