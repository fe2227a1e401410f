using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using Structures.Core.Live;
using Structures.Tests.Infrastructure;

namespace Structures.Tests.Core.Structures;

public sealed class StructureSyncLifecycleTests() : AppTest(fakeClock: true)
{
    private const long Wayne = 98000001;

    [Theory]
    [InlineData("Wayne Tower", 2000)]
    [InlineData("Wayne POS Alpha", 1000)]
    public async Task Refuel_IsDetected_AndPublished(string name, int hours)
    {
        await AddOwnerAsync(90000001);
        await SyncAsync(Wayne);
        var id = await IdOf(name);
        var published = new List<DashboardEvent>();
        var changed = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        using var subscription = Factory.Get<DashboardEvents>().Subscribe(e =>
        {
            published.Add(e);
            if (e is StructuresChanged)
            {
                changed.TrySetResult();
            }

            return Task.CompletedTask;
        });

        await Http.PostAsJsonAsync($"/sim/control/structures/{id}/fuel", new { hours });
        Clock.Advance(TimeSpan.FromMinutes(61));
        await SyncAsync(Wayne);
        await changed.Task.WaitAsync(TimeSpan.FromSeconds(30));

        await using var db = await DbAsync();
        var structure = await db.Structures.SingleAsync(s => s.Id == id);
        structure.LastRefueledAt.Should().Be(Clock.GetUtcNow().UtcDateTime);
        published.OfType<StructureRefueled>().Should().ContainSingle(e => e.StructureId == id);
        published.OfType<StructureRefueled>().Should().HaveCount(1, "nothing else was refuelled");
        published.OfType<StructuresChanged>().Should().Contain(e => e.OwnerId == Wayne);
    }

    [Fact]
    public async Task SecondSync_WithoutChanges_DetectsNoRefuel()
    {
        await AddOwnerAsync(90000001);
        await SyncAsync(Wayne);

        Clock.Advance(TimeSpan.FromMinutes(61));
        await SyncAsync(Wayne);

        await using var db = await DbAsync();
        (await db.Structures.CountAsync(s => s.LastRefueledAt != null)).Should().Be(0);
    }

    [Fact]
    public async Task StructureGoneFromEsi_IsRemoved_AfterASuccessfulRun()
    {
        await AddOwnerAsync(90000001);
        await SyncAsync(Wayne);
        var id = await IdOf("Wayne Tower");

        await Http.PostAsync($"/sim/control/structures/{id}/destroy", null);
        Clock.Advance(TimeSpan.FromMinutes(61));
        var result = await SyncAsync(Wayne);

        result.Removed.Should().Be(1);
        await using var db = await DbAsync();
        (await db.Structures.AnyAsync(s => s.Id == id)).Should().BeFalse();
        (await db.Structures.CountAsync(s => s.OwnerId == Wayne)).Should().Be(22);
    }

    [Fact]
    public async Task StructureGoneFromEsi_IsKept_WhileAnyFetchFails_ThenRemoved()
    {
        ExpectLog("SyncFailed");
        await AddOwnerAsync(90000001);
        await SyncAsync(Wayne);
        var id = await IdOf("Wayne Tower");
        await Http.PostAsync($"/sim/control/structures/{id}/destroy", null);
        await InjectFaultAsync(new { target = "/sim/esi/corporations/98000001/customs_offices", kind = "Status", status = 500 });
        Clock.Advance(TimeSpan.FromMinutes(61));

        var failed = await SyncAsync(Wayne);
        await Http.DeleteAsync("/sim/control/faults");
        var recovered = await SyncAsync(Wayne);

        failed.Complete.Should().BeFalse();
        failed.Removed.Should().Be(0);
        recovered.Complete.Should().BeTrue(recovered.Error);
        recovered.Removed.Should().Be(1);
    }

    [Fact]
    public async Task LostSovereignty_TakesTheSovTagOff()
    {
        await AddOwnerAsync(90000001);
        await SyncAsync(Wayne);

        await using (var db = await DbAsync())
        {
            (await db.Structures.Include(s => s.Tags).SingleAsync(s => s.Name == "Wayne Tower")).Tags.Select(t => t.Name).Should().Contain("sov");
            await db.Owners.Where(o => o.CorporationId == Wayne).ExecuteUpdateAsync(o => o.SetProperty(x => x.AllianceId, 99000002));
        }

        Clock.Advance(TimeSpan.FromMinutes(61));
        await SyncAsync(Wayne);

        await using var after = await DbAsync();
        (await after.Structures.Include(s => s.Tags).SingleAsync(s => s.Name == "Wayne Tower")).Tags.Select(t => t.Name).Should().BeEquivalentTo("nullsec");
    }

    private async Task<long> IdOf(string name)
    {
        await using var db = await DbAsync();
        return await db.Structures.Where(s => s.Name == name).Select(s => s.Id).SingleAsync();
    }
}
