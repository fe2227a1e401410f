namespace Structures.Tests.Benchmarks;

// Scenario 1: the product's own share of an alert's delay, from the ESI answer that first carries a notification
// to Discord's 2xx for its message: storing, routing, rendering, the outbox and the post. Bursts of attacks on
// several owners at once, as a fleet fight produces them.
internal static class AlertOverheadScenario
{
    public static async Task<BenchResult> RunAsync(bool smoke)
    {
        var (owners, rounds, perOwner) = smoke ? (2, 2, 2) : (10, 10, 5);
        using var jitLog = JitMethodLog.FromEnvironment();
        await using var app = BenchApp.Start(AlertingWorld.Settings(owners, directors: 1, notificationCacheSeconds: 2));
        var world = await AlertingWorld.CreateAsync(app);
        var emitted = new HashSet<long>();
        var firstBurst = new HashSet<long>();
        // Methods the runtime compiled in each burst: code the alert path ran for the first time, the app's and the
        // simulator's alike (the process has both).
        var compiled = new List<(int Methods, double Ms)>();
        // Collections and the time the runtime was paused for them during each burst.
        var collected = new List<(int Gen0, int Gen1, int Gen2, double PauseMs, double AllocatedMb)>();
        var firstBurstWindow = (From: TimeProvider.System.GetUtcNow().UtcDateTime, To: TimeProvider.System.GetUtcNow().UtcDateTime);
        for (var round = 0; round < rounds; round++)
        {
            var (methods, ms) = (System.Runtime.JitInfo.GetCompiledMethodCount(), System.Runtime.JitInfo.GetCompilationTime().TotalMilliseconds);
            var gcBefore = GcSnapshot.Now();
            var burstStart = TimeProvider.System.GetUtcNow().UtcDateTime;
            foreach (var owner in world.Owners)
            {
                for (var n = 0; n < perOwner; n++)
                {
                    emitted.Add(world.Attack(owner, (round * perOwner) + n));
                }
            }

            await world.WaitForDeliveriesAsync(emitted.Count, TimeSpan.FromSeconds(60));
            compiled.Add(((int)(System.Runtime.JitInfo.GetCompiledMethodCount() - methods), System.Runtime.JitInfo.GetCompilationTime().TotalMilliseconds - ms));
            collected.Add(GcSnapshot.Now().Since(gcBefore));
            if (round == 0)
            {
                firstBurstWindow = (burstStart, TimeProvider.System.GetUtcNow().UtcDateTime);
                firstBurst.UnionWith(emitted);
            }
        }

        await world.WaitUntilRecordedAsync(emitted, TimeSpan.FromSeconds(30));
        if (jitLog is not null)
        {
            await jitLog.WriteAsync(firstBurstWindow.From, firstBurstWindow.To);
        }

        var seen = app.FirstSeenInEsi();
        var measured = (await app.DeliveriesAsync()).Where(d => d.NotificationId is { } id && emitted.Contains(id) && seen.ContainsKey(id)).ToList();
        var overhead = Distribution.Of(measured.Select(d => d.AtMs - seen[d.NotificationId!.Value]));
        var inApp = Distribution.Of(measured.Select(d => d.SentMs - seen[d.NotificationId!.Value]));
        var post = Distribution.Of(measured.Select(d => d.AtMs - d.SentMs));
        var stages = await AlertStages.OfAsync(app, seen, emitted);
        // The first burst after the start, apart: what the start-up rehearsal of the alert path is there to keep fast.
        var firstMeasured = measured.Where(d => firstBurst.Contains(d.NotificationId!.Value)).ToList();
        var first = Distribution.Of(firstMeasured.Select(d => d.AtMs - seen[d.NotificationId!.Value]));
        var firstStages = await AlertStages.OfAsync(app, seen, firstBurst);
        var firstPost = Distribution.Of(firstMeasured.Select(d => d.AtMs - d.SentMs));
        // The slowest alert of the first burst, stage by stage: what its own way spent, as the maxima above may be of others.
        var slowest = firstMeasured.MaxBy(d => d.AtMs - seen[d.NotificationId!.Value]);
        var slowestStages = slowest is null ? null : firstStages.ByMessage.GetValueOrDefault((slowest.WebhookId, slowest.NotificationId!.Value));
        var later = Distribution.Of(measured.Where(d => !firstBurst.Contains(d.NotificationId!.Value)).Select(d => d.AtMs - seen[d.NotificationId!.Value]));
        return new BenchResult("overhead", "Per-alert product overhead (ESI answer -> Discord 2xx)",
            new Dictionary<string, object> { ["owners"] = owners, ["alerts"] = emitted.Count, ["alertsPerOwnerPerFetch"] = perOwner },
            new Dictionary<string, double>
            {
                ["alerts_measured"] = overhead.Count,
                // 0 as the Dashboard ships (ShippedJitRun).
                ["tiered_compilation"] = ShippedJitRun.InThisProcess ? 0 : 1,
                ["overhead_p50_ms"] = Math.Round(overhead.P50, 1),
                ["overhead_p95_ms"] = Math.Round(overhead.P95, 1),
                ["overhead_p99_ms"] = Math.Round(overhead.P99, 1),
                ["overhead_max_ms"] = Math.Round(overhead.Max, 1),
                ["overhead_mean_ms"] = Math.Round(overhead.Mean, 1),
                ["first_burst_after_start_max_ms"] = Math.Round(first.Max, 1),
                ["later_bursts_p99_ms"] = Math.Round(later.P99, 1),
                ["later_bursts_max_ms"] = Math.Round(later.Max, 1),
                ["first_burst_esi_answer_to_queued_max_ms"] = Math.Round(firstStages.Queued.Max, 1),
                ["first_burst_queued_to_drain_round_max_ms"] = Math.Round(firstStages.Picked.Max, 1),
                ["first_burst_discord_round_trip_max_ms"] = Math.Round(firstPost.Max, 1),
                ["first_burst_slowest_esi_answer_to_queued_ms"] = Math.Round(slowestStages?.Queued ?? 0, 1),
                ["first_burst_slowest_queued_to_drain_round_ms"] = Math.Round(slowestStages?.Picked ?? 0, 1),
                ["first_burst_slowest_drain_round_to_post_sent_ms"] = Math.Round(slowest is null || slowestStages is null ? 0 : slowest.SentMs - slowestStages.RoundAtMs, 1),
                ["first_burst_slowest_discord_round_trip_ms"] = Math.Round(slowest is null ? 0 : slowest.AtMs - slowest.SentMs, 1),
                ["first_burst_methods_compiled"] = compiled[0].Methods,
                ["first_burst_compile_ms"] = Math.Round(compiled[0].Ms, 1),
                ["second_burst_methods_compiled"] = compiled[1].Methods,
                ["first_burst_gen0_collections"] = collected[0].Gen0,
                ["first_burst_gen1_collections"] = collected[0].Gen1,
                ["first_burst_gen2_collections"] = collected[0].Gen2,
                ["first_burst_gc_pause_ms"] = Math.Round(collected[0].PauseMs, 1),
                // The process's allocations, the simulated EVE's and Discord's and the benchmark's included.
                ["first_burst_allocated_mb"] = Math.Round(collected[0].AllocatedMb, 1),
                ["later_bursts_allocated_mb_mean"] = Math.Round(collected.Skip(1).Average(c => c.AllocatedMb), 1),
                ["later_bursts_gen0_collections_mean"] = Math.Round(collected.Skip(1).Average(c => c.Gen0), 1),
                ["later_bursts_gen2_collections"] = collected.Skip(1).Sum(c => c.Gen2),
                ["later_bursts_gc_pause_max_ms"] = Math.Round(collected.Skip(1).Max(c => c.PauseMs), 1),
                ["esi_answer_to_post_sent_p50_ms"] = Math.Round(inApp.P50, 1),
                ["esi_answer_to_post_sent_p99_ms"] = Math.Round(inApp.P99, 1),
                ["discord_post_round_trip_p50_ms"] = Math.Round(post.P50, 1),
                ["discord_post_round_trip_p99_ms"] = Math.Round(post.P99, 1),
                ["esi_answer_to_queued_p50_ms"] = Math.Round(stages.Queued.P50, 1),
                ["esi_answer_to_queued_p99_ms"] = Math.Round(stages.Queued.P99, 1),
                ["queued_to_drain_round_p50_ms"] = Math.Round(stages.Picked.P50, 1),
                ["queued_to_drain_round_p99_ms"] = Math.Round(stages.Picked.P99, 1),
            },
            "p99 <= 100 ms over >= 500 alerts from several owners, the first burst after the start included",
            overhead.Count >= (smoke ? 1 : 500) && overhead.P99 <= 100);
    }
}
