using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Structures.Core.Cluster;
using Structures.Core.Data;

namespace Structures.Core.Scheduling;

// Each owner's structure sync and notification fetch is done by one instance at a time when several share a
// PostgreSQL database: the work runs under a lease ("owner-sync:98000001") that is renewed while it runs and released
// when it ends, so a dead instance's owners are taken over once its lease has expired (SchedulingOptions.OwnerLease).
// One instance on SQLite claims nothing: there is nobody to share with.
public sealed class OwnerWorkClaims(
    WorkLeases leases,
    IOptions<DataOptions> data,
    IOptions<SchedulingOptions> options,
    TimeProvider clock,
    ILogger<OwnerWorkClaims> logger)
{
    public bool Clustered => data.Value.IsShared;

    public static string Sync(long ownerId) => $"owner-sync:{ownerId}";

    public static string Fetch(long ownerId) => $"owner-fetch:{ownerId}";

    // Runs the work while this instance holds the lease; false, without running it, when another instance holds it.
    public async Task<bool> RunAsync(string lease, Func<CancellationToken, Task> work, CancellationToken cancellationToken)
    {
        if (!Clustered)
        {
            await work(cancellationToken);
            return true;
        }

        var duration = options.Value.OwnerLease;
        if (!await leases.TryClaimAsync(lease, duration, cancellationToken))
        {
            return false;
        }

        using var renewing = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var renewal = RenewAsync(lease, duration, renewing.Token);
        try
        {
            await work(cancellationToken);
            return true;
        }
        finally
        {
            await renewing.CancelAsync();
            await renewal;
            await ReleaseAsync(lease);
        }
    }

    // A third of the lease apart, so one missed renewal (the database slow for a moment) does not lose it.
    private async Task RenewAsync(string lease, TimeSpan duration, CancellationToken cancellationToken)
    {
        while (!cancellationToken.IsCancellationRequested)
        {
            try
            {
                await Task.Delay(duration / 3, clock, cancellationToken);
                if (!await leases.TryClaimAsync(lease, duration, cancellationToken))
                {
                    logger.LeaseLost(lease);
                }
            }
            catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception ex)
            {
                logger.LeaseRenewalFailed(ex, lease);
            }
        }
    }

    // Released even while the app stops, so another instance need not wait for the lease to expire; when the database
    // cannot be reached the lease expires by itself.
    private async Task ReleaseAsync(string lease)
    {
        try
        {
            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(10), clock);
            await leases.ReleaseAsync(lease, timeout.Token);
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            logger.LeaseLeftToExpire(lease, ex.Message);
        }
    }
}
