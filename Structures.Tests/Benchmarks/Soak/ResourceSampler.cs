namespace Structures.Tests.Benchmarks.Soak;

// The app process's working set and its database's size, every few seconds.
internal sealed class ResourceSampler(DashboardProcess app, SoakDatabase database)
{
    private readonly List<SoakSample> _samples = [];

    public IReadOnlyList<SoakSample> Samples => _samples;

    public async Task RunAsync(TimeSpan every, CancellationToken stop)
    {
        var started = TimeProvider.System.GetTimestamp();
        using var timer = new PeriodicTimer(every);
        do
        {
            var workingSet = app.WorkingSetBytes;
            if (workingSet > 0)
            {
                _samples.Add(new SoakSample(TimeProvider.System.GetElapsedTime(started), Megabytes(workingSet), Megabytes(database.SizeBytes())));
            }
        }
        while (await Pause.TickAsync(timer, stop));
    }

    private static double Megabytes(long bytes) => Math.Round(bytes / (1024.0 * 1024), 1);
}

internal sealed record SoakSample(TimeSpan At, double WorkingSetMegabytes, double DatabaseMegabytes);
