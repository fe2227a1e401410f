using Microsoft.Extensions.Hosting;
using Quartz;
using Structures.Core.Data;
using Structures.Core.Live;
using Structures.Core.Notifications;
using Structures.Core.Scheduling;
using Structures.Core.Webhooks;

namespace Structures.Tests.Core.Scheduling;

public sealed class JobScheduleTests
{
    [Fact]
    public void AddStructuresCore_ByDefault_RunsEveryLoopAndTheJobs_AfterTheMigration()
    {
        var hosted = HostedServices(CoreComposition.Defaults);

        hosted.Should().Equal(typeof(DatabaseMigrator), typeof(WebhookDispatchService), typeof(QuartzHostedService),
            typeof(NotificationFetchService));
    }

    [Fact]
    public void AddStructuresCore_OnPostgres_AlsoRunsEachInstancesOwnLookForDueOwners()
    {
        var hosted = HostedServices(new Dictionary<string, string?> { ["Data:Provider"] = "PostgreSQL", ["Data:ConnectionString"] = "Host=db" });

        hosted.Should().Equal(typeof(DatabaseMigrator), typeof(ClusterFeedSender), typeof(ClusterFeedListener), typeof(WebhookDispatchService),
            typeof(QuartzHostedService), typeof(NotificationFetchService), typeof(OwnerSyncLoop));
    }

    [Theory]
    [InlineData("Structures:Scheduling:Enabled")]
    [InlineData("Structures:SchedulerEnabled")]
    public void AddStructuresCore_WithTheSchedulerOff_RunsOnlyTheMigration(string key)
    {
        var hosted = HostedServices(new Dictionary<string, string?> { [key] = "false" });

        hosted.Should().Equal(typeof(DatabaseMigrator));
    }

    [Fact]
    public void AddStructuresCore_WithTheOldSwitchOffAndTheNewOn_RunsTheSchedule()
    {
        var hosted = HostedServices(new Dictionary<string, string?> { ["Structures:SchedulerEnabled"] = "false", ["Structures:Scheduling:Enabled"] = "true" });

        hosted.Should().Contain(typeof(QuartzHostedService));
    }

    // The app's own hosted services and Quartz's, in the order they start (ASP.NET Core's own left out).
    private static List<Type?> HostedServices(IReadOnlyDictionary<string, string?> settings) =>
        CoreComposition.Services(settings).Where(d => d.ServiceType == typeof(IHostedService))
            .Select(d => d.ImplementationType ?? d.ImplementationFactory?.Method.ReturnType).Where(t => t?.Namespace?.StartsWith("Microsoft.", StringComparison.Ordinal) != true).ToList();
}
