using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Structures.Core.Access;
using Structures.Core.Data;
using Structures.Core.Timers;
using Structures.Tests.Infrastructure;

namespace Structures.Tests.Core.Timers;

// Alfred Pennyworth (90000003) and Lucius Fox (90000002) are Wayne Technologies members; Bad Dude (90000006) directs Bad Company.
// Runs on PostgreSQL too (Core/Data/OnPostgresTests.cs).
public class ManualTimersTests : AppTest
{
    public ManualTimersTests()
        : this(DatabaseProvider.Sqlite)
    {
    }

    protected ManualTimersTests(DatabaseProvider provider)
        : base(provider: provider)
    {
    }

    private const long Alfred = 90000003;
    private const long Lucius = 90000002;

    public override async Task InitializeAsync()
    {
        await AddOwnerAsync(90000001);
        await SyncAsync(98000001);
    }

    [Fact]
    public async Task AddAsync_WithoutThePermission_IsRefused_AndStoresNothing()
    {
        var alfred = await SignedInViewerAsync(Alfred);

        var result = await Factory.Get<ManualTimers>().AddAsync(alfred, Form("1-PGSG"), default);

        result.Succeeded.Should().BeFalse();
        result.Message.Should().Be("You do not have the permission to enter timers. Nothing was changed.");
        await using var db = await DbAsync();
        (await db.StructureTimers.CountAsync(t => t.Source == TimerSource.Manual)).Should().Be(0);
    }

    [Fact]
    public async Task AddAsync_WithThePermission_StoresATimerOfNoOwner_WithItsCreator_ShownOnTheBoard()
    {
        await GrantAsync(Permission.AddManualTimers, GranteeKind.Character, Alfred);
        var alfred = await SignedInViewerAsync(Alfred);
        var endsAt = Tomorrow();

        var result = await Factory.Get<ManualTimers>().AddAsync(alfred, Form("1-pgsg", endsAt), default);

        result.Succeeded.Should().BeTrue(result.Message);
        await using var db = await DbAsync();
        var timer = await db.StructureTimers.SingleAsync(t => t.Source == TimerSource.Manual);
        timer.OwnerId.Should().BeNull();
        timer.CreatedByCharacterId.Should().Be(Alfred);
        timer.CreatedByCorporationId.Should().Be(98000001);
        timer.SolarSystemId.Should().Be(30000474);
        timer.EndsAt.Should().Be(endsAt);
        var row = (await Factory.Get<TimerBoard>().UpcomingForAsync(alfred, default)).Single(r => r.Id == timer.Id);
        row.Should().BeEquivalentTo(new
        {
            OwnerName = "Manual", Kind = TimerKind.Hull, StructureName = "Hostile Fortizar", StructureType = "Fortizar", SystemName = "1-PGSG", Region = "Detorid",
            Notes = "Form up 30 min before", CreatedBy = "Alfred Pennyworth", MayEdit = true,
        });
    }

    [Fact]
    public async Task AddAsync_InASystemNobodyKnows_IsRefused()
    {
        await GrantAsync(Permission.AddManualTimers, GranteeKind.Character, Alfred);
        var alfred = await SignedInViewerAsync(Alfred);

        var result = await Factory.Get<ManualTimers>().AddAsync(alfred, Form("Jita' OR 1=1 --"), default);

        result.Succeeded.Should().BeFalse();
        result.Message.Should().Contain("does not know a solar system");
    }

    [Fact]
    public async Task EditAndDelete_ByTheCreatorOrASettingsManager_AreDone_ByAnotherUserRefused()
    {
        await GrantAsync(Permission.AddManualTimers, GranteeKind.Corporation, 98000001);
        var alfred = await SignedInViewerAsync(Alfred);
        var lucius = await SignedInViewerAsync(Lucius);
        var timers = Factory.Get<ManualTimers>();
        (await timers.AddAsync(alfred, Form("30002537"), default)).Succeeded.Should().BeTrue("a system ESI knows may be given by ID");
        int id;
        await using (var db = await DbAsync())
        {
            id = await db.StructureTimers.Where(t => t.Source == TimerSource.Manual).Select(t => t.Id).SingleAsync();
        }

        var edited = Form("1-PGSG", Tomorrow().AddHours(3));
        (await timers.UpdateAsync(lucius, id, edited, default)).Succeeded.Should().BeFalse();
        (await timers.DeleteAsync(lucius, id, default)).Succeeded.Should().BeFalse();
        (await timers.FormForAsync(lucius, id, default)).Should().BeNull();
        (await Factory.Get<TimerBoard>().UpcomingForAsync(lucius, default)).Single(r => r.Id == id).MayEdit.Should().BeFalse();

        (await timers.UpdateAsync(alfred, id, edited, default)).Succeeded.Should().BeTrue();
        (await timers.FormForAsync(alfred, id, default))!.System.Should().Be("1-PGSG");
        await GrantAsync(Permission.ManageSettings, GranteeKind.Character, Lucius);
        (await timers.DeleteAsync(lucius, id, default)).Succeeded.Should().BeTrue();

        await using var check = await DbAsync();
        (await check.StructureTimers.AnyAsync(t => t.Id == id)).Should().BeFalse();
    }

    [Fact]
    public async Task ACreatorWhoLostThePermission_CannotChangeTheirTimer()
    {
        await GrantAsync(Permission.AddManualTimers, GranteeKind.Character, Alfred);
        var alfred = await SignedInViewerAsync(Alfred);
        await Factory.Get<ManualTimers>().AddAsync(alfred, Form("1-PGSG"), default);
        await using var db = await DbAsync();
        var id = await db.StructureTimers.Where(t => t.Source == TimerSource.Manual).Select(t => t.Id).SingleAsync();
        await db.PermissionGrants.Where(g => g.Permission == Permission.AddManualTimers).ExecuteDeleteAsync();

        var result = await Factory.Get<ManualTimers>().DeleteAsync(alfred, id, default);

        result.Succeeded.Should().BeFalse();
        (await db.StructureTimers.AnyAsync(t => t.Id == id)).Should().BeTrue();
    }

    [Fact]
    public async Task TimersPage_OffersTheForm_OnlyToHoldersOfThePermission()
    {
        using var without = await SignedInClientAsync(Alfred);
        var before = await without.GetStringAsync("/timers");
        await GrantAsync(Permission.AddManualTimers, GranteeKind.Character, Alfred);

        var after = await without.GetStringAsync("/timers");

        before.Should().NotContain("manual-timer-panel");
        after.Should().Contain("manual-timer-panel");
    }

    private DateTime Tomorrow()
    {
        var now = Factory.Get<TimeProvider>().GetUtcNow().UtcDateTime.AddDays(1);
        return new DateTime(now.Year, now.Month, now.Day, now.Hour, now.Minute, now.Second, DateTimeKind.Utc);
    }

    private ManualTimerForm Form(string system, DateTime? endsAt = null) => new()
    {
        Kind = TimerKind.Hull, Category = TimerCategory.Upwell, System = system, StructureName = "Hostile Fortizar", StructureType = "Fortizar",
        EndsAt = (endsAt ?? Tomorrow()).ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture), Notes = "Form up 30 min before",
    };
}
