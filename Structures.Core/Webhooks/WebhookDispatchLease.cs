using Microsoft.Extensions.Options;
using Structures.Core.Cluster;
using Structures.Core.Data;

namespace Structures.Core.Webhooks;

// One instance drains a webhook at a time, however many share the database: a drain holds the lease
// "webhook:{id}" (Webhooks:LeaseDuration), renews it every round and gives it up when the outbox is empty. An
// instance that stops renewing (a crash) loses it when it expires, and another instance drains.
// SQLite serves one instance only (a second is refused), so there the lease is not taken: a lease left by a crashed
// process would only hold up its restart.
public sealed class WebhookDispatchLease(WorkLeases leases, IOptions<WebhookOptions> options, IOptions<DataOptions> data, TimeProvider clock)
{
    private bool Shared => data.Value.IsShared;

    public static string NameOf(int webhookId) => $"webhook:{webhookId}";

    // True when this instance holds the webhook for one more round (taken, or renewed).
    public Task<bool> TryHoldAsync(int webhookId, CancellationToken cancellationToken) =>
        Shared ? leases.TryClaimAsync(NameOf(webhookId), options.Value.LeaseDuration, cancellationToken) : Task.FromResult(true);

    public Task ReleaseAsync(int webhookId, CancellationToken cancellationToken) =>
        Shared ? leases.ReleaseAsync(NameOf(webhookId), cancellationToken) : Task.CompletedTask;

    // When an instance refused the webhook asks again: when the holder's lease would run out, never later than one
    // lease from now, and at once when it was given up meanwhile.
    public async Task<DateTime> RetryAtAsync(int webhookId, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var current = await leases.CurrentAsync(NameOf(webhookId), cancellationToken);
        var latest = now + options.Value.LeaseDuration;
        return current is null ? now : current.Until < latest ? current.Until : latest;
    }
}
