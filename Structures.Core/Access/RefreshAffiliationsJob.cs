using Microsoft.Extensions.Logging;
using Quartz;
using Structures.Core.Scheduling;

namespace Structures.Core.Access;

// Every hour: signed-in characters' corporations and alliances, which decide what their users see, and the owners'
// corporations and alliances, which decide whose structures they are. One failing does not stop the other.
[DisallowConcurrentExecution]
internal sealed class RefreshAffiliationsJob(CharacterAffiliations affiliations, Owners.OwnerAffiliations owners, ILogger<RefreshAffiliationsJob> logger) : IJob
{
    public static readonly JobKey Key = new("refresh-affiliations");

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken)
    {
        await JobRun.IsolatedAsync(logger, "Refreshing the signed-in characters' corporations and alliances", () => affiliations.RefreshAsync(cancellationToken), cancellationToken);
        await JobRun.IsolatedAsync(logger, "Refreshing the owners' corporations and alliances", () => owners.RefreshAsync(cancellationToken), cancellationToken);
    }
}
