using System.Net;
using Microsoft.EntityFrameworkCore;
using Structures.Core.Notices;
using Structures.Core.Notifications;
using Structures.Core.Status;
using Structures.Tests.Infrastructure;

namespace Structures.Tests.Core.Status;

public sealed class ServiceStatusTests() : AppTest(fakeClock: true)
{
    private const long Wayne = 98000001;

    [Fact]
    public async Task UpWhileEveryStageIsFresh_DownWhenOneIsStale_AndAdminsAreToldOfBoth()
    {
        await AddOwnerAsync(90000001);
        await SyncAsync(Wayne);
        await Factory.Get<NotificationFetcher>().FetchAsync(Wayne, default);

        var up = await StatusAsync();
        await Factory.Get<ServiceStatus>().EvaluateAsync(default);
        Clock.Advance(TimeSpan.FromMinutes(41));
        var down = await StatusAsync();
        await Factory.Get<ServiceStatus>().EvaluateAsync(default);
        await Factory.Get<NotificationFetcher>().FetchAsync(Wayne, default);
        var restored = await StatusAsync();
        await Factory.Get<ServiceStatus>().EvaluateAsync(default);

        up.Should().Be((HttpStatusCode.OK, "service is up"));
        down.Should().Be((HttpStatusCode.InternalServerError, "service is down"));
        restored.Should().Be((HttpStatusCode.OK, "service is up"));
        await using var db = await DbAsync();
        var notices = await db.AdminNotices.Where(n => n.Title.StartsWith("Services")).OrderBy(n => n.Id).ToListAsync();
        notices.Select(n => n.Title).Should().Equal("Services down for Wayne Technologies", "Services restored for Wayne Technologies");
        notices[0].Level.Should().Be(NoticeLevel.Danger);
        notices[0].Message.Should().Contain("notifications: no success recently");
    }

    [Fact]
    public async Task PollingTheStatusUrl_ChangesNoRow_EvenWhenAnOwnerGoesDown()
    {
        await AddOwnerAsync(90000001);
        await SyncAsync(Wayne);
        await Factory.Get<NotificationFetcher>().FetchAsync(Wayne, default);
        await Factory.Get<ServiceStatus>().EvaluateAsync(default);
        var before = await EveryRowAsync();

        var up = await StatusAsync();
        Clock.Advance(TimeSpan.FromMinutes(41));
        var down = await StatusAsync();
        var downAgain = await StatusAsync();

        up.Status.Should().Be(HttpStatusCode.OK);
        down.Status.Should().Be(HttpStatusCode.InternalServerError);
        downAgain.Status.Should().Be(HttpStatusCode.InternalServerError);
        (await EveryRowAsync()).Should().Equal(before);
    }

    [Fact]
    public async Task OwnersLeftOutOfTheStatus_DoNotTakeItDown()
    {
        await AddOwnerAsync(90000001);
        await using (var db = await DbAsync())
        {
            await db.Owners.ExecuteUpdateAsync(o => o.SetProperty(x => x.IsIncludedInServiceStatus, false));
        }

        (await StatusAsync()).Status.Should().Be(HttpStatusCode.OK);
    }

    [Fact]
    public async Task NeverSyncedOwner_IsDown()
    {
        await AddOwnerAsync(90000001);

        (await StatusAsync()).Status.Should().Be(HttpStatusCode.InternalServerError);
    }

    // Every row of every table, as text.
    private async Task<List<string>> EveryRowAsync()
    {
        await using var db = await DbAsync();
        var connection = db.Database.GetDbConnection();
        await connection.OpenAsync();
        var tables = new List<string>();
        await using (var list = connection.CreateCommand())
        {
            list.CommandText = "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name";
            await using var reader = await list.ExecuteReaderAsync();
            while (await reader.ReadAsync())
            {
                tables.Add(reader.GetString(0));
            }
        }

        var rows = new List<string>();
        foreach (var table in tables)
        {
            await using var select = connection.CreateCommand();
            select.CommandText = $"SELECT * FROM \"{table}\"";
            await using var reader = await select.ExecuteReaderAsync();
            while (await reader.ReadAsync())
            {
                rows.Add($"{table}: {string.Join("|", Enumerable.Range(0, reader.FieldCount).Select(reader.GetValue))}");
            }
        }

        return rows;
    }

    private async Task<(HttpStatusCode Status, string Body)> StatusAsync()
    {
        using var response = await Http.GetAsync("/structures/service_status/");
        return (response.StatusCode, await response.Content.ReadAsStringAsync());
    }
}
