using Microsoft.Extensions.Logging;
using Quartz;

namespace Structures.Core.Access;

// A run that fails (ESI or the database) is logged; the next hour's run tries again.
[DisallowConcurrentExecution]
internal sealed partial class RefreshAffiliationsJob(CharacterAffiliations affiliations, ILogger<RefreshAffiliationsJob> logger) : IJob
{
    public static readonly JobKey Key = new("refresh-affiliations");

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken)
    {
        try
        {
            await affiliations.RefreshAsync(cancellationToken);
        }
        catch (Exception ex) when (!cancellationToken.IsCancellationRequested)
        {
            LogFailed(ex);
        }
    }

    [LoggerMessage(LogLevel.Error, "Refreshing the signed-in characters' corporations and alliances failed; the next run, in an hour, tries again")]
    private partial void LogFailed(Exception exception);
}
