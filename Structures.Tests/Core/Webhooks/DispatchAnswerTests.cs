using Structures.Core.Discord;
using Structures.Core.Webhooks;

namespace Structures.Tests.Core.Webhooks;

public sealed class DispatchAnswerTests
{
    private static readonly DateTime Claimed = new(2026, 11, 23, 12, 0, 0, DateTimeKind.Utc);
    private static readonly DateTime Answered = Claimed.AddSeconds(2);
    private static readonly WebhookOptions Options = new() { RetryBaseDelay = TimeSpan.FromSeconds(5), MaxAttempts = 3 };

    [Fact]
    public void Apply_Sent_MarksTheBatchSent_AndGoesOnAtOnce()
    {
        var batch = Batch(2);

        var step = DispatchAnswer.Apply(batch, new DiscordSendResult(DiscordOutcome.Sent, Remaining: 3, ResetAfter: TimeSpan.FromSeconds(2)), Claimed, Answered, Options);

        step.Should().Be(new DispatchStep(null, null));
        batch.Should().OnlyContain(m => m.Status == QueuedMessageStatus.Sent && m.SentAt == Claimed && m.LastError == null);
    }

    [Fact]
    public void Apply_SentWithNoPostsLeft_PausesUntilDiscordsResetCountedFromItsAnswer()
    {
        var step = DispatchAnswer.Apply(Batch(1), new DiscordSendResult(DiscordOutcome.Sent, Remaining: 0, ResetAfter: TimeSpan.FromSeconds(2)), Claimed, Answered, Options);

        step.Should().Be(new DispatchStep(null, Answered.AddSeconds(2)));
    }

    [Theory]
    [InlineData(3, 3)]
    [InlineData(null, 1)]
    public void Apply_RateLimited_KeepsTheBatchQueued_AndComesBackAfterRetryAfter(int? retryAfterSeconds, int waitSeconds)
    {
        var batch = Batch(2);
        var retryAfter = retryAfterSeconds is { } seconds ? TimeSpan.FromSeconds(seconds) : (TimeSpan?)null;

        var step = DispatchAnswer.Apply(batch, new DiscordSendResult(DiscordOutcome.RateLimited, RetryAfter: retryAfter), Claimed, Answered, Options);

        step.Should().Be(new DispatchStep(Answered.AddSeconds(waitSeconds), Answered.AddSeconds(waitSeconds)));
        batch.Should().OnlyContain(m => m.Status == QueuedMessageStatus.Queued && m.Attempts == 0);
    }

    [Theory]
    [InlineData(0, 1, 5)]
    [InlineData(1, 2, 10)]
    public void Apply_Transient_RetriesWithDoublingDelay(int attemptsBefore, int attempts, int delaySeconds)
    {
        var batch = Batch(2, attemptsBefore);

        var step = DispatchAnswer.Apply(batch, new DiscordSendResult(DiscordOutcome.Transient, "HTTP 502"), Claimed, Answered, Options);

        step.Should().Be(new DispatchStep(Claimed.AddSeconds(delaySeconds), null));
        batch.Should().OnlyContain(m => m.Status == QueuedMessageStatus.Queued && m.Attempts == attempts && m.LastError == "HTTP 502"
            && m.NextAttemptAt == Claimed.AddSeconds(delaySeconds));
    }

    [Fact]
    public void Apply_TransientOnTheLastAttempt_DeadLettersTheBatch_SayingWhy()
    {
        var batch = Batch(1, attempts: 2);

        DispatchAnswer.Apply(batch, new DiscordSendResult(DiscordOutcome.Transient, "HTTP 502"), Claimed, Answered, Options);

        batch.Single().Status.Should().Be(QueuedMessageStatus.DeadLettered);
        batch.Single().LastError.Should().Be("Gave up after 3 attempts: HTTP 502");
    }

    [Fact]
    public void Apply_RejectedBatchOfSeveral_SplitsItToFindTheOneRefused()
    {
        var batch = Batch(3);

        var step = DispatchAnswer.Apply(batch, new DiscordSendResult(DiscordOutcome.Rejected, "HTTP 400"), Claimed, Answered, Options);

        step.Should().Be(new DispatchStep(null, null));
        batch.Select(m => m.PackKey).Should().Equal("single:1", "single:2", "single:3");
        batch.Should().OnlyContain(m => m.Status == QueuedMessageStatus.Queued);
    }

    [Fact]
    public void Apply_RejectedSingleMessage_IsDeadLetteredWithDiscordsReason()
    {
        var batch = Batch(1);

        var step = DispatchAnswer.Apply(batch, new DiscordSendResult(DiscordOutcome.Rejected, "HTTP 400: bad embed"), Claimed, Answered, Options);

        step.Should().Be(new DispatchStep(null, null, DeadLettered: true));
        batch.Single().Status.Should().Be(QueuedMessageStatus.DeadLettered);
        batch.Single().LastError.Should().Be("HTTP 400: bad embed");
    }

    [Fact]
    public void Apply_UnknownWebhook_KeepsTheBatchQueued_AndTellsTheWebhookIsGone()
    {
        var batch = Batch(2);

        var step = DispatchAnswer.Apply(batch, new DiscordSendResult(DiscordOutcome.UnknownWebhook, "Unknown Webhook"), Claimed, Answered, Options);

        step.Should().Be(new DispatchStep(null, null, WebhookGone: true));
        batch.Should().OnlyContain(m => m.Status == QueuedMessageStatus.Queued);
    }

    private static List<QueuedMessage> Batch(int count, int attempts = 0) =>
        [.. Enumerable.Range(1, count).Select(i => new QueuedMessage { Id = i, Payload = "{}", Status = QueuedMessageStatus.Sending, Attempts = attempts })];
}
