using System.Collections.Concurrent;
using System.Diagnostics.Tracing;

namespace Structures.Tests.Benchmarks;

// The names of the methods the runtime compiles, with when, from its own JIT events heard in this process: which code
// a burst ran for the first time. Opt-in (STRUCTURES_BENCH_JIT_LOG names the file), as listening costs compilation too.
internal sealed class JitMethodLog : EventListener
{
    private const EventKeywords Jit = (EventKeywords)0x10;
    private readonly ConcurrentQueue<(DateTime At, string Name)> _methods = new();

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
            _methods.Enqueue((eventData.TimeStamp.ToUniversalTime(), $"{payload[4]}::{payload[5]}"));
        }
    }

    // Writes the methods compiled between the two moments, one a line, once the runtime's events have caught up.
    public async Task WriteAsync(DateTime from, DateTime to)
    {
        var deadline = TimeProvider.System.GetUtcNow().UtcDateTime.AddSeconds(5);
        while (TimeProvider.System.GetUtcNow().UtcDateTime < deadline && !_methods.Any(m => m.At > to))
        {
            await Task.Delay(100);
        }

        var names = _methods.Where(m => m.At >= from && m.At <= to).Select(m => m.Name);
        var path = Environment.GetEnvironmentVariable("STRUCTURES_BENCH_JIT_LOG")!;
        await File.WriteAllLinesAsync(path, names);
        // Every method with when, in ms from the burst's start: what ran its first time before it, and when.
        await File.WriteAllLinesAsync(path + ".all", _methods.Select(m => FormattableString.Invariant($"{(m.At - from).TotalMilliseconds:F0}\t{m.Name}")));
    }
}
