using Quartz;

namespace Structures.Core.Access;

[DisallowConcurrentExecution]
internal sealed class RefreshAffiliationsJob(CharacterAffiliations affiliations) : IJob
{
    public static readonly JobKey Key = new("refresh-affiliations");

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken) => await affiliations.RefreshAsync(cancellationToken);
}
