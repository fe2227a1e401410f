using Microsoft.Extensions.Logging;

namespace Structures.Core.Scheduling;

// A scheduled job's run on its own: what it throws (the database locked or broken, ESI unreachable) is logged by
// the job's logger, and the job's next run is its retry. Work inside a run still isolates its own owners and items.
internal static partial class JobRun
{
    public static async Task IsolatedAsync(ILogger logger, string work, Func<Task> run, CancellationToken cancellationToken)
    {
        try
        {
            await run();
        }
        catch (Exception ex) when (!cancellationToken.IsCancellationRequested)
        {
            LogFailed(logger, ex, work);
        }
    }

    [LoggerMessage(LogLevel.Error, "{Work} failed; the job's next run tries again")]
    private static partial void LogFailed(ILogger logger, Exception exception, string work);
}
