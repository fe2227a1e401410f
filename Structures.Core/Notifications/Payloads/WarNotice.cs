namespace Structures.Core.Notifications.Payloads;

// War news. Each type names the two sides its own way; Declarer and Target are read from whichever it uses
// (declaredByID, entityID, ownerID1, allyID, aggressorID against againstID, defenderID, ownerID2, enemyID).
// EndsAt is when an offer, a war or an ally's contract ends or opens (expireTimeStamp, endDate, timeFinished, openDate).
public sealed record WarNotice(
    long? DeclarerId,
    long? TargetId,
    long? AllianceId,
    long? OpponentId,
    long? AgainstId,
    long? SurrenderOfferedById,
    long? MercenaryId,
    string? WarHeadquarters,
    DateTime? StartsAt,
    long? DelayHours,
    DateTime? EndsAt = null) : NotificationPayload(NotificationPlace.Nowhere)
{
    // Fighting starts at timeStarted, or delayHours (24 by default) after the declaration; unknown when the delay
    // is negative or ends beyond the calendar.
    public DateTime? FightingStartsAt(DateTime notificationTimestamp) => StartsAt ?? Eve.EveTime.AddHours(notificationTimestamp, DelayHours ?? 24);

    internal static WarNotice From(NotificationText t) => new(
        t.FirstLong("declaredByID", "entityID", "ownerID1", "allyID", "aggressorID"),
        t.FirstLong("againstID", "defenderID", "ownerID2", "enemyID"),
        t.GetLong("allianceID"),
        t.GetLong("opponentID"),
        t.GetLong("againstID"),
        t.GetLong("ownerID1"),
        t.GetLong("mercID"),
        t.GetText("warHQ"),
        t.GetFileTime("timeStarted"),
        t.GetLong("delayHours"),
        t.GetFileTime("expireTimeStamp") ?? t.GetFileTime("endDate") ?? t.GetFileTime("timeFinished") ?? t.GetFileTime("openDate"));
}
