using System.Net;
using Microsoft.EntityFrameworkCore;
using Structures.Core.Notifications;
using Structures.Core.Status;
using Structures.Tests.Infrastructure;

namespace Structures.Tests.Dashboard.Status;

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
        Clock.Advance(TimeSpan.FromMinutes(41));
        var down = await StatusAsync();
        await Factory.Get<NotificationFetcher>().FetchAsync(Wayne, default);
        var restored = await StatusAsync();

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

    private async Task<(HttpStatusCode Status, string Body)> StatusAsync()
    {
        using var response = await Http.GetAsync("/structures/service_status/");
        return (response.StatusCode, await response.Content.ReadAsStringAsync());
    }
}
