using System.Collections.Concurrent;
using System.Diagnostics.Tracing;

namespace Structures.Tests.Benchmarks;

// The names of the methods the runtime compiles, with when, from its own JIT events heard in this process: which code
// a burst ran for the first time. Opt-in (STRUCTURES_BENCH_JIT_LOG names the file), as listening costs compilation too.
internal sealed class JitMethodLog : EventListener
{
    private const EventKeywords Jit = (EventKeywords)0x10;
    private readonly ConcurrentQueue<(DateTime At, string Name, ulong Id)> _methods = new();
    // How long each method took to compile: from its JittingStarted to its MethodLoad event, by method ID.
    private readonly ConcurrentDictionary<ulong, double> _compileMs = new();
    private readonly ConcurrentDictionary<ulong, DateTime> _started = new();
    private readonly TaskCompletionSource _caughtUp = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private long _waitingPastTicks = long.MaxValue;

    public static JitMethodLog? FromEnvironment() =>
        Environment.GetEnvironmentVariable("STRUCTURES_BENCH_JIT_LOG") is { Length: > 0 } ? new JitMethodLog() : null;

    protected override void OnEventSourceCreated(EventSource eventSource)
    {
        if (eventSource.Name == "Microsoft-Windows-DotNETRuntime")
        {
            EnableEvents(eventSource, EventLevel.Verbose, Jit);
        }
    }

    protected override void OnEventWritten(EventWrittenEventArgs eventData)
    {
        if (eventData.EventName is "MethodJittingStarted_V1" or "MethodJittingStarted" && eventData.Payload is { Count: >= 6 } payload)
        {
            var at = eventData.TimeStamp.ToUniversalTime();
            var id = MethodId(payload);
            _started[id] = at;
            _methods.Enqueue((at, $"{payload[4]}::{payload[5]}", id));
            if (at.Ticks > Volatile.Read(ref _waitingPastTicks))
            {
                _caughtUp.TrySetResult();
            }
        }
        else if (eventData.EventName?.StartsWith("MethodLoadVerbose", StringComparison.Ordinal) == true && eventData.Payload is { Count: > 0 } loaded
            && _started.TryRemove(MethodId(loaded), out var started))
        {
            _compileMs[MethodId(loaded)] = (eventData.TimeStamp.ToUniversalTime() - started).TotalMilliseconds;
        }
    }

    // The runtime's ID of the method an event is about, its first field in both events.
    private static ulong MethodId(System.Collections.ObjectModel.ReadOnlyCollection<object?> payload) => Convert.ToUInt64(payload[0], System.Globalization.CultureInfo.InvariantCulture);

    // Writes the methods compiled between the two moments, one a line with its compile time in ms, once the runtime's
    // events have caught up.
    public async Task WriteAsync(DateTime from, DateTime to)
    {
        // The runtime hands its events over a little late: one compiled after the window says the window is all here.
        Volatile.Write(ref _waitingPastTicks, to.Ticks);
        if (!_methods.Any(m => m.At > to))
        {
            try
            {
                await _caughtUp.Task.WaitAsync(TimeSpan.FromSeconds(5));
            }
            catch (TimeoutException)
            {
                // Nothing compiled since: what was heard is all there is.
            }
        }

        var names = _methods.Where(m => m.At >= from && m.At <= to)
            .Select(m => FormattableString.Invariant($"{(_compileMs.TryGetValue(m.Id, out var ms) ? ms : double.NaN):F2}\t{m.Name}"));
        var path = Environment.GetEnvironmentVariable("STRUCTURES_BENCH_JIT_LOG")!;
        await File.WriteAllLinesAsync(path, names);
        // Every method with when, in ms from the burst's start: what ran its first time before it, and when.
        await File.WriteAllLinesAsync(path + ".all", _methods.Select(m => FormattableString.Invariant($"{(m.At - from).TotalMilliseconds:F0}\t{m.Name}")));
    }
}
