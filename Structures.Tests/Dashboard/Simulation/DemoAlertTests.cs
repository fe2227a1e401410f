using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using Structures.Core.Data;
using Structures.Core.Live;
using Structures.Core.Timers;
using Structures.Dashboard.Simulation;
using Structures.Dashboard.Simulation.Discord;
using Structures.Tests.Infrastructure;

namespace Structures.Tests.Dashboard.Simulation;

public sealed class DemoAlertTests
{
    [Fact]
    public async Task EmittedReinforcement_ArrivesInTheDemoChannelWithinSeconds_AndMakesATimer()
    {
        await using var factory = new DashboardFactory(new Dictionary<string, string?>
        {
            ["Simulation:SeedOwners"] = "true",
            ["Structures:SchedulerEnabled"] = "true",
            ["Simulation:CacheSeconds:character-notifications"] = "2",
            ["Simulation:RateLimits:char-notification"] = "100000",
        });
        _ = factory.BaseUrl;
        await factory.Get<DemoSeeding>().Completed.WaitAsync(TimeSpan.FromMinutes(2));
        var arrived = new TaskCompletionSource<SimDiscordMessage>(TaskCreationOptions.RunContinuationsAsynchronously);
        var timed = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        factory.Get<SimDiscordChannel>().Received += message =>
        {
            if (message.Embeds.Any(e => e.GetProperty("title").GetString() == "Structure lost shield"))
            {
                arrived.TrySetResult(message);
            }
        };
        using var subscription = factory.Get<DashboardEvents>().Subscribe(change =>
        {
            if (change is TimersChanged)
            {
                timed.TrySetResult();
            }

            return Task.CompletedTask;
        });
        using var http = factory.CreateHttpClient();
        await using var db = await factory.Get<IDbContextFactory<StructuresDbContext>>().CreateDbContextAsync();
        var target = await db.Structures.Where(s => s.Name == "Arkham Outpost").Select(s => s.Id).SingleAsync();

        using var emitted = await http.PostAsJsonAsync($"/sim/control/structures/{target}/reinforce", new { hours = 26 });
        var message = await arrived.Task.WaitAsync(TimeSpan.FromSeconds(60));
        await timed.Task.WaitAsync(TimeSpan.FromSeconds(30));

        message.WebhookId.Should().Be("demo");
        message.Embeds.Single().GetProperty("description").GetString().Should().Contain("**Arkham Outpost**");
        var timer = await db.StructureTimers.AsNoTracking().SingleAsync(t => t.StructureId == target);
        timer.Kind.Should().Be(TimerKind.Armor);
        timer.EndsAt.Should().BeAfter(TimeProvider.System.GetUtcNow().UtcDateTime.AddHours(25));
    }
}
