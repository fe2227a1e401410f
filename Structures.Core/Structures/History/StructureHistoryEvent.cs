using Structures.Core.Notifications.Payloads;

namespace Structures.Core.Structures.History;

// One line of a structure's history, from one notification.
public sealed record StructureHistoryEvent(
    int RowId,
    long NotificationId,
    DateTime At,
    string Type,
    HistoryEventKind Kind,
    HitPoints? HitPoints,
    HistoryAttacker? Attacker,
    DateTime? TimerEndsAt);

// Who attacked, with the names the text gave or the app knows; orbital texts give only IDs.
public sealed record HistoryAttacker(
    long? CharacterId,
    string? CharacterName,
    long? CorporationId,
    string? CorporationName,
    long? AllianceId,
    string? AllianceName)
{
    public static HistoryAttacker From(Attacker attacker) =>
        new(attacker.CharacterId, null, attacker.CorporationId, attacker.CorporationName, attacker.AllianceId, attacker.AllianceName);

    public IEnumerable<long> UnnamedIds()
    {
        if (CharacterId is { } character && CharacterName is null)
        {
            yield return character;
        }

        if (CorporationId is { } corporation && CorporationName is null)
        {
            yield return corporation;
        }

        if (AllianceId is { } alliance && AllianceName is null)
        {
            yield return alliance;
        }
    }

    public HistoryAttacker Named(IReadOnlyDictionary<long, string> names) => this with
    {
        CharacterName = CharacterName ?? Name(CharacterId, names),
        CorporationName = CorporationName ?? Name(CorporationId, names),
        AllianceName = AllianceName ?? Name(AllianceId, names),
    };

    private static string? Name(long? id, IReadOnlyDictionary<long, string> names) => id is { } known ? names.GetValueOrDefault(known) : null;
}
