using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Structures.Core.Access;
using Structures.Core.Data;

namespace Structures.Core.Notices;

// What admins should look at: notices, and notifications Structures could not read or does not know.
// With Structures:Notices:Enabled off, notices are still recorded but not shown.
public sealed class AdminNoticeList(IDbContextFactory<StructuresDbContext> contextFactory, Viewers viewers, IOptionsMonitor<NoticeOptions> options)
{
    // What a notification of a type nobody taught us is said to need, in English; pages write it in their language.
    public const string UnknownTypeProblem = "Unknown type: stored, forwarded only to webhooks that ask for unknown types.";

    public bool NoticesEnabled => options.CurrentValue.Enabled;

    public async Task<IReadOnlyList<AdminNotice>> RecentNoticesAsync(ViewerId viewerId, int count, CancellationToken cancellationToken)
    {
        if (!NoticesEnabled || !(await viewers.ResolveAsync(viewerId, cancellationToken)).Can(Permission.ManageSettings))
        {
            return [];
        }

        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        return await db.AdminNotices.AsNoTracking().OrderByDescending(n => n.Id).Take(count).ToListAsync(cancellationToken);
    }

    public async Task<IReadOnlyList<ProblemNotification>> ProblemNotificationsAsync(ViewerId viewerId, int count, CancellationToken cancellationToken)
    {
        var viewer = await viewers.ResolveAsync(viewerId, cancellationToken);
        if (!viewer.Can(Permission.ManageSettings))
        {
            return [];
        }

        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        return await db.VisibleNotifications(viewer).AsNoTracking()
            .Where(n => n.ParseError != null || !n.IsKnownType)
            .OrderByDescending(n => n.Timestamp).Take(count)
            .Select(n => new ProblemNotification(n.NotificationId, n.OwnerId, n.Type, n.Timestamp, n.ParseError ?? UnknownTypeProblem))
            .ToListAsync(cancellationToken);
    }
}

public sealed record ProblemNotification(long NotificationId, long OwnerId, string Type, DateTime Timestamp, string Problem);
