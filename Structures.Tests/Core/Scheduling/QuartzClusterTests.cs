using System.Collections.Concurrent;
using Quartz;
using Structures.Core.Status;
using Structures.Tests.Infrastructure;

namespace Structures.Tests.Core.Scheduling;

// Two instances on one PostgreSQL database share Quartz's clustered job store: each firing of a trigger runs on one.
public sealed class QuartzClusterTests
{
    [Fact]
    public async Task TriggerFiringSixTimes_OnTwoInstances_RunsItsJobSixTimesInAll_EachFiringOnce()
    {
        await using var hosts = new TwoHosts(new Dictionary<string, string?>
        {
            ["Structures:Scheduling:Enabled"] = "true",
            ["Structures:Scheduling:ClusterCheckinInterval"] = "00:00:01",
        });
        var trigger = new TriggerKey("six-quick-firings");
        var runs = new FiringLog(trigger);
        foreach (var (name, host) in new[] { ("A", hosts.A), ("B", hosts.B) })
        {
            var scheduler = await host.Get<ISchedulerFactory>().GetScheduler();
            scheduler.ListenerManager.AddJobListener(new FiringListener(name, runs), []);
        }

        var a = await hosts.A.Get<ISchedulerFactory>().GetScheduler();
        await a.ScheduleJob(TriggerBuilder.Create().WithIdentity(trigger).ForJob(EvaluateStatusJob.Key).StartNow()
            .WithSimpleSchedule(s => s.WithInterval(TimeSpan.FromMilliseconds(200)).WithRepeatCount(5)).Build());

        // Done: six runs, and the trigger, which fires no more, gone from the store.
        await ClusterWait.UntilAsync(async () => runs.All.Count >= 6 && await a.GetTrigger(trigger) is null,
            () => runs.All.Count >= 6 ? Task.CompletedTask : runs.Next, "six runs of the job, then the trigger removed");
        runs.All.Select(r => r.Firing).Should().OnlyHaveUniqueItems("a firing runs on one instance only").And.HaveCount(6);
    }

    private sealed class FiringLog(TriggerKey trigger)
    {
        private TaskCompletionSource _next = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public ConcurrentQueue<(string Instance, DateTimeOffset Firing)> All { get; } = new();

        public Task Next => Volatile.Read(ref _next).Task;

        public void Add(string instance, IJobExecutionContext context)
        {
            if (context.Trigger.Key.Equals(trigger))
            {
                All.Enqueue((instance, context.ScheduledFireTimeUtc!.Value));
                Interlocked.Exchange(ref _next, new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously)).TrySetResult();
            }
        }
    }

    private sealed class FiringListener(string instance, FiringLog log) : IJobListener
    {
        public string Name => $"firings-on-{instance}";

        public ValueTask JobWasExecuted(IJobExecutionContext context, JobExecutionException? jobException, CancellationToken cancellationToken = default)
        {
            log.Add(instance, context);
            return ValueTask.CompletedTask;
        }
    }
}
