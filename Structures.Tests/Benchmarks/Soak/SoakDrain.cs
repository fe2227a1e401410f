using Microsoft.EntityFrameworkCore;
using Structures.Core.Webhooks;

namespace Structures.Tests.Benchmarks.Soak;

// Waiting on the app under test: for its first sync before the chaos, and for its queues to drain after it.
internal static class SoakDrain
{
    // How many owners have their structures in the app's database.
    public static async Task<int> WaitForFirstSyncAsync(SoakDatabase database, int owners, TimeSpan limit)
    {
        var started = TimeProvider.System.GetTimestamp();
        var synced = 0;
        while (TimeProvider.System.GetElapsedTime(started) < limit)
        {
            await using var db = database.Open();
            synced = await db.Structures.Select(s => s.OwnerId).Distinct().CountAsync();
            if (synced >= owners)
            {
                break;
            }

            await Task.Delay(1000);
        }

        return synced;
    }

    // Until every emitted notification reached Discord, or nothing is left in the app's outbox and nothing new
    // arrived for a while, or the limit. Returns how long it took.
    public static async Task<TimeSpan> WaitAsync(SimulatorControl simulator, SoakDatabase database, IReadOnlyCollection<SoakEmitted> emitted,
        IReadOnlyCollection<SoakOutage> outages, TimeSpan limit)
    {
        var started = TimeProvider.System.GetTimestamp();
        var quietSince = started;
        var delivered = -1;
        while (TimeProvider.System.GetElapsedTime(started) < limit)
        {
            var count = SoakLedger.Count(emitted, await simulator.ReceivedAsync(), outages);
            if (count.Lost.Count == 0)
            {
                break;
            }

            if (count.Delivered != delivered)
            {
                (delivered, quietSince) = (count.Delivered, TimeProvider.System.GetTimestamp());
            }
            else if (TimeProvider.System.GetElapsedTime(quietSince) > TimeSpan.FromSeconds(60) && await QueuedAsync(database) == 0)
            {
                break;
            }

            await Task.Delay(2000);
        }

        return TimeProvider.System.GetElapsedTime(started);
    }

    private static async Task<int> QueuedAsync(SoakDatabase database)
    {
        try
        {
            await using var db = database.Open();
            return await db.QueuedMessages.CountAsync(m => m.Status == QueuedMessageStatus.Queued);
        }
        catch (System.Data.Common.DbException)
        {
            return -1;
        }
    }
}
