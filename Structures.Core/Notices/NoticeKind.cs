namespace Structures.Core.Notices;

// What a notice is about; each kind's words are NoticeWords' "<Kind>.Title" and "<Kind>.Message" (AdminNoticeText).
public static class NoticeKind
{
    public const string ServicesRestored = nameof(ServicesRestored);
    public const string ServicesDown = nameof(ServicesDown);
    public const string NotificationsFailed = nameof(NotificationsFailed);
    public const string AllianceNewsWithheld = nameof(AllianceNewsWithheld);
    public const string WrongClient = nameof(WrongClient);
    public const string OwnerAdded = nameof(OwnerAdded);
    public const string CharacterAdded = nameof(CharacterAdded);
    public const string AllianceChanged = nameof(AllianceChanged);
    public const string CharacterDisabled = nameof(CharacterDisabled);
    public const string WebhookDisabled = nameof(WebhookDisabled);

    // The sync stages a ServicesDown notice names, in the order it names them.
    public static IReadOnlyList<string> Stages { get; } = ["structures", "assets", "notifications", "forwarding"];
}
