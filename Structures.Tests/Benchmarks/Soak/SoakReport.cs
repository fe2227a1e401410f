namespace Structures.Tests.Benchmarks.Soak;

// The soak's figures for results.json: the ledger, where the lost ones stopped, the chaos that was done, and the
// app's working set and database size per minute.
internal static class SoakReport
{
    // Working set may grow by this much from the end of the warm-up to the last minute and still count as flat.
    private const double FlatGrowthPercent = 20;

    public static BenchResult Result(Dictionary<string, object> parameters, SoakCount count, SoakFate fate, TimeSpan drain, AppSupervisor supervisor,
        FaultInjector faults, DatabaseLocker locker, IReadOnlyList<SoakSample> samples, int emitRefused, TimeSpan run)
    {
        var warmUp = TimeSpan.FromMinutes(Math.Min(2, run.TotalMinutes * 0.2));
        var afterWarmUp = samples.Where(s => s.At >= warmUp && s.At < warmUp + TimeSpan.FromMinutes(1)).ToList();
        var lastMinute = samples.Where(s => s.At <= run && s.At > run - TimeSpan.FromMinutes(1)).ToList();
        var workingSetStart = Max(afterWarmUp, s => s.WorkingSetMegabytes);
        var workingSetEnd = Max(lastMinute, s => s.WorkingSetMegabytes);
        var growth = workingSetStart > 0 ? Math.Round(((workingSetEnd / workingSetStart) - 1) * 100, 1) : double.NaN;
        var databaseStart = afterWarmUp.Count > 0 ? afterWarmUp[0].DatabaseMegabytes : double.NaN;
        var databaseEnd = samples.Count > 0 ? samples[^1].DatabaseMegabytes : double.NaN;
        var kills = supervisor.Outages.Where(o => o.Kind == SoakOutageKind.Kill).ToList();
        var crashes = supervisor.Outages.Count(o => o.Kind == SoakOutageKind.Crash);
        var figures = new Dictionary<string, double>
        {
            ["notifications_emitted"] = count.Emitted,
            ["notifications_stored"] = fate.Stored,
            ["notifications_delivered"] = count.Delivered,
            ["notifications_lost"] = count.Lost.Count,
            ["lost_never_stored"] = fate.LostNotStored,
            ["lost_stored_never_queued"] = fate.LostNotQueued,
            ["lost_dead_lettered"] = fate.LostDeadLettered,
            ["lost_still_queued"] = fate.LostStillQueued,
            ["lost_marked_sent_never_received"] = fate.LostMarkedSent,
            ["notifications_duplicated"] = count.Duplicated.Count,
            ["duplicated_inside_kill_window"] = count.DuplicatedAcross(SoakOutageKind.Kill),
            ["duplicated_after_crash"] = count.DuplicatedAcross(SoakOutageKind.Crash),
            ["duplicated_without_outage"] = count.DuplicatedWithoutOutage,
            ["discord_embeds_not_emitted_here"] = count.Unmatched,
            ["kills"] = kills.Count,
            ["kill_to_ready_max_s"] = Math.Round(kills.Select(k => (k.End - k.Start).TotalSeconds).DefaultIfEmpty().Max(), 1),
            ["crashes_app_stopped_by_itself"] = crashes,
            ["database_locks"] = locker.Locks.Count,
            ["database_locks_over_30_s"] = locker.Locks.Count(l => l.Held > TimeSpan.FromSeconds(30)),
            ["database_locked_s_total"] = Math.Round(locker.Locks.Sum(l => l.Held.TotalSeconds), 1),
            ["esi_faults_injected"] = faults.EsiFaults,
            ["discord_faults_injected"] = faults.DiscordFaults,
            ["emits_refused_by_simulator"] = emitRefused,
            ["drain_s"] = Math.Round(drain.TotalSeconds, 1),
            ["working_set_mb_after_warm_up"] = workingSetStart,
            ["working_set_mb_last_minute"] = workingSetEnd,
            ["working_set_growth_pct"] = growth,
            ["working_set_mb_peak"] = Max(samples, s => s.WorkingSetMegabytes),
            ["database_mb_after_warm_up"] = databaseStart,
            ["database_mb_end"] = databaseEnd,
            ["database_kb_per_notification"] = count.Emitted > 0 ? Math.Round(databaseEnd * 1024 / count.Emitted, 1) : double.NaN,
        };
        var met = count.Lost.Count == 0 && count.DuplicatedWithoutOutage == 0 && crashes == 0 && count.DuplicatedAcross(SoakOutageKind.Crash) == 0
            && growth <= FlatGrowthPercent;
        return new BenchResult("soak", "Chaos soak: faults, hard kills and database locks", parameters, figures,
            $"no notification lost, duplicates only inside a kill's window, no crash, working set flat after warm-up (<= {FlatGrowthPercent}% growth); the database is reported, not judged: nothing is old enough to delete in a soak",
            met,
            crashes > 0 ? $"{crashes} crash(es); the app's last log lines before each are in {parameters["logs"]}/crashes.log" : null)
        {
            Series = new Dictionary<string, IReadOnlyList<double>>
            {
                ["working_set_mb_per_minute"] = PerMinute(samples, m => Max(m, s => s.WorkingSetMegabytes)),
                ["database_mb_per_minute"] = PerMinute(samples, m => m[^1].DatabaseMegabytes),
            },
        };
    }

    private static List<double> PerMinute(IReadOnlyList<SoakSample> samples, Func<List<SoakSample>, double> figure) =>
        [.. samples.GroupBy(s => (int)s.At.TotalMinutes).OrderBy(g => g.Key).Select(g => figure([.. g]))];

    private static double Max(IEnumerable<SoakSample> samples, Func<SoakSample, double> value) => samples.Select(value).DefaultIfEmpty(double.NaN).Max();
}
