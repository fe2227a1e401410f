using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Testing;
using Quartz;
using Structures.Core.Access;
using Structures.Core.Notifications.Alerts;
using Structures.Core.Status;
using Structures.Core.Structures;
using Structures.Tests.Infrastructure;

namespace Structures.Tests.Core.Scheduling;

// Every Quartz job run against a database whose tables are gone: each one logs and returns, for the next run to retry.
public sealed class ScheduledJobsTests() : AppTest(fakeClock: true, logs: new FakeLogCollector())
{
    [Fact]
    public async Task EveryJob_WithItsTablesRenamedAway_LogsTheFailure_AndDoesNotThrow()
    {
        await AddOwnerAsync(90000001);
        Factory.ExpectDatabaseErrors();
        foreach (var table in Tables)
        {
            await DatabaseSabotage.RenameAsync(Factory.DatabasePath, table, $"{table}Away");
        }

        IJob[] jobs =
        [
            new SyncStructuresJob(Factory.Get<StructureSyncScheduler>(), Factory.Get<ILogger<SyncStructuresJob>>()),
            new EvaluateStatusJob(Factory.Get<ServiceStatus>(), Factory.Get<ILogger<EvaluateStatusJob>>()),
            new EvaluateAlertsJob(Factory.Get<GeneratedAlerts>(), Factory.Get<ILogger<EvaluateAlertsJob>>()),
            new RefreshAffiliationsJob(Factory.Get<CharacterAffiliations>(), Factory.Get<global::Structures.Core.Owners.OwnerAffiliations>(), Factory.Get<ILogger<RefreshAffiliationsJob>>()),
        ];
        foreach (var job in jobs)
        {
            ExpectLog(job.GetType().FullName!, LogLevel.Error);
            await job.Invoking(j => j.Execute(null!, default).AsTask()).Should().NotThrowAsync();
        }

        Factory.Logs!.GetSnapshot().Where(r => r.Level == LogLevel.Error && r.Message.Contains("tries again", StringComparison.Ordinal))
            .Select(r => r.Category).Should().BeEquivalentTo(jobs.Select(j => j.GetType().FullName).Append(typeof(RefreshAffiliationsJob).FullName),
                "the affiliations job refreshes characters and owners, each on its own");
    }

    private static readonly string[] Tables = ["Owners", "Characters", "FuelAlertRules", "Structures"];
}
