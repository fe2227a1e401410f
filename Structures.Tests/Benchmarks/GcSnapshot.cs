namespace Structures.Tests.Benchmarks;

// The garbage collector's counts, total pause and the bytes allocated at a moment, to tell what it did in between.
internal readonly record struct GcSnapshot(int Gen0, int Gen1, int Gen2, TimeSpan Paused, long Allocated)
{
    public static GcSnapshot Now() =>
        new(GC.CollectionCount(0), GC.CollectionCount(1), GC.CollectionCount(2), GC.GetTotalPauseDuration(), GC.GetTotalAllocatedBytes());

    public (int Gen0, int Gen1, int Gen2, double PauseMs, double AllocatedMb) Since(GcSnapshot before) =>
        (Gen0 - before.Gen0, Gen1 - before.Gen1, Gen2 - before.Gen2, (Paused - before.Paused).TotalMilliseconds, (Allocated - before.Allocated) / 1048576.0);
}
