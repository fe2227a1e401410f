using System.Text.Json;

namespace Structures.Core.Notices;

// A notice's title and message in a language, from its kind and arguments. A notice without a kind (recorded before
// kinds existed), or whose arguments cannot be read, shows the English text it was stored with.
public static class AdminNoticeText
{
    public static (string Title, string Message) Of(AdminNotice notice, NoticeLanguage language) =>
        notice.Kind is { } kind && Read(notice.Arguments) is { } arguments && Write(kind, arguments, language) is { } text
            ? text
            : (notice.Title, notice.Message);

    public static string Arguments(IReadOnlyDictionary<string, string> arguments) => JsonSerializer.Serialize(arguments);

    public static Dictionary<string, string>? Read(string? arguments)
    {
        try
        {
            return arguments is null ? null : JsonSerializer.Deserialize<Dictionary<string, string>>(arguments);
        }
        catch (JsonException)
        {
            return null;
        }
    }

    internal static (string Title, string Message)? Write(string kind, IReadOnlyDictionary<string, string> a, NoticeLanguage l)
    {
        string A(string name) => a.GetValueOrDefault(name) ?? "";
        return kind switch
        {
            NoticeKind.ServicesRestored => (l.Say("ServicesRestored.Title", A("owner")), l.Say("ServicesRestored.Message")),
            NoticeKind.ServicesDown => (l.Say("ServicesDown.Title", A("owner")), string.Join(" ", NoticeKind.Stages.Where(a.ContainsKey)
                .Select(s => l.Say("ServicesDown.Stage", l.Say($"Stage.{s}"), A(s) is { Length: > 0 } error ? l.Error(error) : l.Say("ServicesDown.NoSuccess"))))),
            NoticeKind.NotificationsFailed => (l.Say("NotificationsFailed.Title", A("owner")),
                l.Say("NotificationsFailed.Message", A("count"), A("since"), A("type"), A("id"), A("error"))),
            NoticeKind.AllianceNewsWithheld => Withheld(a, l, A("alliance") is { Length: > 0 } name ? name : l.Say("AllianceById", A("allianceId"))),
            NoticeKind.WrongClient => (l.Say("WrongClient.Title"), l.Say("WrongClient.Message")),
            NoticeKind.OwnerAdded => (l.Say("OwnerAdded.Title", A("owner")), l.Say("OwnerAdded.Message", A("owner"), A("character"))),
            NoticeKind.CharacterAdded => (l.Say("CharacterAdded.Title", A("owner"), A("character")), l.Say("CharacterAdded.Message", A("character"))),
            NoticeKind.AllianceChanged => AllianceChanged(a, l),
            NoticeKind.CharacterDisabled => (l.Say("CharacterDisabled.Title", A("character"), A("owner")),
                A("lastGone") == "true" ? $"{l.Error(A("reason"))} {l.Say("CharacterDisabled.NoneLeft", A("owner"))}" : l.Error(A("reason"))),
            NoticeKind.WebhookDisabled => (l.Say("WebhookDisabled.Title", A("webhook")), l.Say("WebhookDisabled.Message", l.Error(A("error")))),
            _ => null,
        };
    }

    private static (string, string) Withheld(IReadOnlyDictionary<string, string> a, NoticeLanguage l, string alliance) =>
        (l.Say("AllianceNewsWithheld.Title", alliance, a.GetValueOrDefault("type") ?? ""),
            l.Say("AllianceNewsWithheld.Message", alliance, a.GetValueOrDefault("type") ?? "", a.GetValueOrDefault("owner") ?? ""));

    private static (string, string) AllianceChanged(IReadOnlyDictionary<string, string> a, NoticeLanguage l)
    {
        string Alliance(string side) =>
            a.GetValueOrDefault(side) is { Length: > 0 } name ? name
            : a.GetValueOrDefault($"{side}Id") is { Length: > 0 } id ? l.Say("AllianceChanged.ById", id)
            : l.Say("AllianceChanged.None");
        var owner = a.GetValueOrDefault("owner") ?? "";
        var moved = l.Say("AllianceChanged.Message", owner, Alliance("before"), Alliance("after"));
        return (l.Say("AllianceChanged.Title", owner),
            a.GetValueOrDefault("wasMain") == "true" ? $"{moved} {l.Say("AllianceChanged.WasMain", Alliance("before"))}" : moved);
    }
}
