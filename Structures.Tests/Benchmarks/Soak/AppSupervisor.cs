namespace Structures.Tests.Benchmarks.Soak;

// Keeps the app under test running: kills it hard at the planned moments and starts it again on the same
// database, and starts it again when it has stopped by itself (counted as a crash, with its last log lines kept).
internal sealed class AppSupervisor(DashboardProcess app, HttpClient http, IReadOnlyList<TimeSpan> killsAfter)
{
    private readonly List<SoakOutage> _outages = [];
    private readonly List<string> _crashLogs = [];

    public IReadOnlyList<SoakOutage> Outages => _outages;

    public IReadOnlyList<string> CrashLogs => _crashLogs;

    public bool KillsEnabled { get; set; } = true;

    public async Task RunAsync(CancellationToken stop)
    {
        var started = TimeProvider.System.GetTimestamp();
        var pending = new Queue<TimeSpan>(killsAfter.Order());
        while (!stop.IsCancellationRequested)
        {
            if (KillsEnabled && pending.TryPeek(out var due) && TimeProvider.System.GetElapsedTime(started) >= due)
            {
                pending.Dequeue();
                var at = Now;
                await app.KillAsync();
                await RestartAsync(SoakOutageKind.Kill, at);
            }
            else if (!app.IsRunning)
            {
                _crashLogs.Add(app.LastLogLines(30));
                await RestartAsync(SoakOutageKind.Crash, Now);
            }

            if (!await Pause.ForAsync(TimeSpan.FromMilliseconds(250), stop))
            {
                return;
            }
        }
    }

    private async Task RestartAsync(SoakOutageKind kind, DateTime start)
    {
        app.Start();
        await app.WaitReadyAsync(http, TimeSpan.FromMinutes(2));
        _outages.Add(new SoakOutage(kind, start, Now));
    }

    private static DateTime Now => TimeProvider.System.GetUtcNow().UtcDateTime;

    // Three kills at random moments, one in each third of the middle 70% of the run.
    public static List<TimeSpan> Plan(TimeSpan run, int kills, Random random) =>
        [.. Enumerable.Range(0, kills).Select(i => run * (0.15 + (0.7 * (i + 0.1 + (0.8 * random.NextDouble())) / kills)))];
}
