using Microsoft.EntityFrameworkCore;
using Structures.Core.Notifications;
using Structures.Core.Timers;
using Structures.Tests.Infrastructure;

namespace Structures.Tests.Core.Access;

// Wayne Technologies (alliance 99000001) and Bad Company (alliance 99000002) are both owners, each with an attack
// notification about its first structure and a timer. Edward Nygma, a plain member of Bad Company, must see nothing
// of Wayne's on any page or endpoint.
public abstract class TwoAlliancesTest : AppTest
{
    protected const long Wayne = 98000001;
    protected const long BadCompany = 98000003;
    protected const long Nygma = 90000008;

    protected long WayneStructure { get; private set; }

    protected string WayneName { get; private set; } = "";

    protected long BadStructure { get; private set; }

    public override async Task InitializeAsync()
    {
        await AddOwnerAsync(90000001);
        await AddOwnerAsync(90000006);
        await SyncAsync(Wayne);
        await SyncAsync(BadCompany);
        await using var db = await DbAsync();
        var wayne = await db.Structures.Where(s => s.OwnerId == Wayne).OrderBy(s => s.Id).FirstAsync();
        (WayneStructure, WayneName) = (wayne.Id, wayne.Name);
        BadStructure = await db.Structures.Where(s => s.OwnerId == BadCompany).OrderBy(s => s.Id).Select(s => s.Id).FirstAsync();
        // A few minutes ago, but today: the statistics count notifications per day, and a run just after midnight
        // would otherwise stamp them yesterday.
        var clock = Factory.Get<TimeProvider>().GetUtcNow().UtcDateTime;
        var now = clock.AddMinutes(-5) < clock.Date ? clock.Date : clock.AddMinutes(-5);
        foreach (var (owner, structure, id) in new[] { (Wayne, WayneStructure, 1L), (BadCompany, BadStructure, 2L) })
        {
            db.Notifications.Add(new Notification
            {
                OwnerId = owner, NotificationId = id, Type = "StructureUnderAttack", SenderId = 1000137, SenderType = "corporation", Timestamp = now,
                Text = $"structureID: {structure}\n", ContentKey = $"key-{id}", IsKnownType = true, ReceivedAt = now, StructureId = structure,
            });
            db.StructureTimers.Add(new StructureTimer
            {
                OwnerId = owner, Kind = TimerKind.Armor, Category = TimerCategory.Upwell, EndsAt = now.AddDays(1), StructureId = structure,
                StructureName = owner == Wayne ? "Secret Wayne timer" : "Bad timer",
            });
        }

        await db.SaveChangesAsync();
    }
}
