namespace Structures.Core.Timers.Announcements;

// Which webhooks hear of which timers. An owner's timer goes to that owner's webhooks that forward a notification
// type of its category (TimerCategoryTypes), so a corporation-restricted timer never leaves its corporation's
// webhooks. A timer without an owner goes to webhooks that take manual timers, unless it is corporation-restricted:
// without an owner there is no corporation to keep it in.
public static class TimerAudience
{
    public static bool Takes(AnnouncingWebhook webhook, AnnouncedTimer timer) =>
        timer.OwnerId is { } ownerId and not 0
            ? webhook.OwnerIds.Contains(ownerId) && TimerCategoryTypes.Of(timer.Category).Any(webhook.Types.Contains)
            : webhook.TakesManualTimers && !timer.IsCorpRestricted;
}
