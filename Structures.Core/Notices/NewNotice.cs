using System.Globalization;

namespace Structures.Core.Notices;

// The one way a notice is made: what it is (kind and named arguments), with its English text written from them.
public static class NewNotice
{
    public static AdminNotice ServicesRestored(DateTime at, long ownerId, string owner) =>
        Make(NoticeKind.ServicesRestored, at, NoticeLevel.Info, ownerId, new() { ["owner"] = owner });

    // Each stale stage with its last error, or null when it has simply not succeeded recently.
    public static AdminNotice ServicesDown(DateTime at, long ownerId, string owner, IEnumerable<(string Stage, string? Error)> stale)
    {
        var arguments = new Dictionary<string, string> { ["owner"] = owner };
        foreach (var (stage, error) in stale)
        {
            arguments[stage] = error ?? "";
        }

        return Make(NoticeKind.ServicesDown, at, NoticeLevel.Danger, ownerId, arguments);
    }

    public static AdminNotice NotificationsFailed(DateTime at, long ownerId, string owner) =>
        Make(NoticeKind.NotificationsFailed, at, NoticeLevel.Warning, ownerId, new() { ["owner"] = owner, ["count"] = "0", ["since"] = Eve.EveTimeText.Date(at) });

    // The count of failures since the notice was raised and the latest of them.
    public static void CountFailures(AdminNotice notice, int count, string type, long notificationId, string error)
    {
        var arguments = AdminNoticeText.Read(notice.Arguments) ?? [];
        arguments["count"] = count.ToString(CultureInfo.InvariantCulture);
        arguments["type"] = type;
        arguments["id"] = notificationId.ToString(CultureInfo.InvariantCulture);
        arguments["error"] = error;
        Rewrite(notice, arguments);
    }

    public static AdminNotice AllianceNewsWithheld(DateTime at, long ownerId, string owner, long allianceId, string? alliance, string type) =>
        Make(NoticeKind.AllianceNewsWithheld, at, NoticeLevel.Warning, ownerId, new()
        {
            ["owner"] = owner, ["allianceId"] = allianceId.ToString(CultureInfo.InvariantCulture), ["alliance"] = alliance ?? "", ["type"] = type,
        });

    public static AdminNotice WrongClient(DateTime at) => Make(NoticeKind.WrongClient, at, NoticeLevel.Danger, null, []);

    public static AdminNotice OwnerAdded(DateTime at, long ownerId, string owner, string character) =>
        Make(NoticeKind.OwnerAdded, at, NoticeLevel.Info, ownerId, new() { ["owner"] = owner, ["character"] = character });

    public static AdminNotice CharacterAdded(DateTime at, long ownerId, string owner, string character) =>
        Make(NoticeKind.CharacterAdded, at, NoticeLevel.Info, ownerId, new() { ["owner"] = owner, ["character"] = character });

    public static AdminNotice AllianceChanged(DateTime at, long ownerId, string owner, (long? Id, string? Name) before, (long? Id, string? Name) after, bool wasMain) =>
        Make(NoticeKind.AllianceChanged, at, NoticeLevel.Warning, ownerId, new()
        {
            ["owner"] = owner,
            ["before"] = before.Name ?? "", ["beforeId"] = Id(before.Id),
            ["after"] = after.Name ?? "", ["afterId"] = Id(after.Id),
            ["wasMain"] = wasMain ? "true" : "false",
        });

    public static AdminNotice CharacterDisabled(DateTime at, long ownerId, string owner, string character, string reason, bool lastGone) =>
        Make(NoticeKind.CharacterDisabled, at, lastGone ? NoticeLevel.Danger : NoticeLevel.Warning, ownerId, new()
        {
            ["owner"] = owner, ["character"] = character, ["reason"] = reason, ["lastGone"] = lastGone ? "true" : "false",
        });

    public static AdminNotice WebhookDisabled(DateTime at, string webhook, string error) =>
        Make(NoticeKind.WebhookDisabled, at, NoticeLevel.Danger, null, new() { ["webhook"] = webhook, ["error"] = error });

    private static AdminNotice Make(string kind, DateTime at, NoticeLevel level, long? ownerId, Dictionary<string, string> arguments)
    {
        var notice = new AdminNotice { CreatedAt = at, Level = level, Kind = kind, Title = "", Message = "", OwnerId = ownerId };
        Rewrite(notice, arguments);
        return notice;
    }

    private static void Rewrite(AdminNotice notice, Dictionary<string, string> arguments)
    {
        notice.Arguments = AdminNoticeText.Arguments(arguments);
        (notice.Title, notice.Message) = AdminNoticeText.Write(notice.Kind!, arguments, NoticeLanguage.English) ?? (notice.Title, notice.Message);
    }

    private static string Id(long? id) => id?.ToString(CultureInfo.InvariantCulture) ?? "";
}
