using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using Structures.Core.Data;
using Structures.Core.Notifications;
using Structures.Core.Webhooks;
using Structures.Dashboard.Simulation.Discord;
using Structures.Tests.Infrastructure;

namespace Structures.Tests.Core.Notifications;

// Runs on PostgreSQL too (Core/Data/OnPostgresTests.cs): the rehearsal's rollback has to hold on both engines.
public class AlertPathRehearsalTests : AppTest
{
    private const long Wayne = 98000001;
    private readonly QueryCompilationLog _compiled;

    public AlertPathRehearsalTests()
        : this(DatabaseProvider.Sqlite)
    {
    }

    protected AlertPathRehearsalTests(DatabaseProvider provider)
        : this(provider, new QueryCompilationLog())
    {
    }

    private AlertPathRehearsalTests(DatabaseProvider provider, QueryCompilationLog compiled)
        : base(fakeClock: true, services: compiled.AddTo, provider: provider)
    {
        _compiled = compiled;
    }

    public override async Task InitializeAsync()
    {
        await using var db = await DbAsync();
        db.Webhooks.Add(new Webhook
        {
            Name = "alpha", Url = $"{Factory.BaseUrl}/sim/discord/api/webhooks/alpha/token", NotificationTypes = "StructureUnderAttack", IsDefault = true,
        });
        await db.SaveChangesAsync();
        await AddOwnerAsync(90000001);
    }

    [Fact]
    public async Task Rehearsal_QueuesTheStandInAttack_ThenLeavesNoRowAndPostsNothing()
    {
        var before = await CountRowsAsync();

        var rehearsed = await Factory.Get<AlertPathRehearsal>().RunAsync(default);
        await DeliverAllAsync();

        rehearsed.Should().NotBeNull("the stand-in attack went all the way to a message ready to post");
        (await CountRowsAsync()).Should().Equal(before);
        Factory.Get<SimDiscordChannel>().Messages("alpha").Should().BeEmpty();
        await using var db = await DbAsync();
        (await db.Owners.AnyAsync(o => o.CorporationId < 0)).Should().BeFalse();
    }

    [Fact]
    public async Task Rehearsal_ReadsItsAttackAsEsiWordsIt_AndRendersItWithItsStructure()
    {
        var rehearsed = await Factory.Get<AlertPathRehearsal>().RunAsync(default);

        // Its structure is named only when the text's ID, given once and referred to again, was read as a real one is.
        var embed = rehearsed!.Message.Embeds.Single();
        $"{embed.Title} {embed.Description}".Should().Contain(AlertPathRehearsal.StandInStructureName);
    }

    [Fact]
    public async Task Rehearsal_PlansTheStandInOwnersFetch_AsTheFetchLoopPlansARealOne()
    {
        var rehearsed = await Factory.Get<AlertPathRehearsal>().RunAsync(default);

        rehearsed!.PlannedAsDue.Should().BeTrue("its stand-in character's notifications were never fetched");
        (await Factory.Get<NotificationFetchScheduler>().DueOwnersAsync(default)).Should().NotContain(AlertPathRehearsal.StandInOwnerId);
    }

    [Fact]
    public async Task AfterARehearsal_ARealAttack_IsForwardedToItsWebhook_AsBefore()
    {
        await Factory.Get<AlertPathRehearsal>().RunAsync(default);
        await EmitAttackAsync();

        var fetched = await Factory.Get<NotificationFetcher>().FetchAsync(Wayne, default);
        await DeliverAllAsync();

        fetched.Added.Should().Be(1);
        Factory.Get<SimDiscordChannel>().Messages("alpha").Single().Embeds.Single().GetProperty("title").GetString()
            .Should().Contain("under attack");
    }

    public override async Task DisposeAsync()
    {
        await base.DisposeAsync();
        _compiled.Dispose();
    }

    // A query compiled on an alert's way costs it tens of milliseconds, in the burst of the first alerts after a start.
    [Fact]
    public async Task AfterARehearsal_TheFirstAttackOfAnOwnerInAnAlliance_CompilesNoQueryOnItsWay()
    {
        await SyncAsync(Wayne);
        await Factory.Get<AlertPathRehearsal>().RunAsync(default);
        // The fetch loop's first look at the owner after a start, which finds nothing new.
        (await Factory.Get<NotificationFetcher>().FetchAsync(Wayne, default)).Added.Should().Be(0);
        await EmitAttackAsync();
        Clock.Advance(TimeSpan.FromMinutes(10));

        _compiled.Clear();
        var fetched = await Factory.Get<NotificationFetcher>().FetchAsync(Wayne, default);
        var compiled = _compiled.All;

        fetched.Added.Should().Be(1);
        await using var db = await DbAsync();
        (await db.Owners.SingleAsync(o => o.CorporationId == Wayne)).AllianceId.Should().NotBeNull();
        compiled.Should().BeEmpty();
    }

    // The log sees what the test above says is not there: without the rehearsal, the same attack compiles the queries
    // that route and render it, the systems and the alliance's sovereignty among them.
    [Fact]
    public async Task WithoutARehearsal_TheFirstAttackOfAnOwnerInAnAlliance_CompilesTheQueriesOnItsWay()
    {
        await SyncAsync(Wayne);
        (await Factory.Get<NotificationFetcher>().FetchAsync(Wayne, default)).Added.Should().Be(0);
        await EmitAttackAsync();
        Clock.Advance(TimeSpan.FromMinutes(10));

        _compiled.Clear();
        var fetched = await Factory.Get<NotificationFetcher>().FetchAsync(Wayne, default);

        fetched.Added.Should().Be(1);
        _compiled.All.Should().Contain(query => query.Contains("v.SolarSystemId == s.Id"), "the systems are read with whether the alliance holds each");
    }

    private async Task EmitAttackAsync()
    {
        using var emitted = await Http.PostAsJsonAsync("/sim/control/notifications", new { type = "StructureUnderAttack", corporationId = Wayne });
        emitted.EnsureSuccessStatusCode();
    }

    // Rows of every table the alert path writes to.
    private async Task<int[]> CountRowsAsync()
    {
        await using var db = await DbAsync();
        return
        [
            await db.Owners.CountAsync(), await db.Webhooks.CountAsync(), await db.Notifications.CountAsync(),
            await db.QueuedMessages.CountAsync(), await db.StructureTimers.CountAsync(), await db.AdminNotices.CountAsync(),
            await db.Structures.CountAsync(), await db.EveEntities.CountAsync(), await db.OwnerCharacters.CountAsync(),
        ];
    }
}
