namespace Structures.Tests.Benchmarks;

// The garbage collector's counts and total pause at a moment, to tell what it did in between.
internal readonly record struct GcSnapshot(int Gen0, int Gen1, int Gen2, TimeSpan Paused)
{
    public static GcSnapshot Now() => new(GC.CollectionCount(0), GC.CollectionCount(1), GC.CollectionCount(2), GC.GetTotalPauseDuration());

    public (int Gen0, int Gen1, int Gen2, double PauseMs) Since(GcSnapshot before) =>
        (Gen0 - before.Gen0, Gen1 - before.Gen1, Gen2 - before.Gen2, (Paused - before.Paused).TotalMilliseconds);
}
