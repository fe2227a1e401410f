using System.Text.Json;
using System.Text.Json.Serialization;

namespace Structures.Core.Live;

// A change as it travels between instances: the payload of one pg_notify on the app's channel, a small JSON object
// naming the sending instance (so it can skip its own) and the change with its type.
internal static class ClusterFeedMessage
{
    public const string Channel = "structures_changes";

    // PostgreSQL refuses a payload of 8000 bytes or more. Pages only ask which owner got notifications, never which
    // ones, but the ids are kept whole: a long list is split into several messages of this many ids each
    // (at most 11 characters and a comma per id: about 5 kB, with room left for the instance name).
    public const int IdsPerMessage = 400;

    private static readonly JsonSerializerOptions Json = new() { DefaultIgnoreCondition = JsonIgnoreCondition.Never };

    // One or more payloads that together carry the change.
    public static IEnumerable<string> Write(DashboardEvent change, string sender)
    {
        if (change is NotificationsReceived { NotificationIds.Count: > IdsPerMessage } received)
        {
            return received.NotificationIds.Chunk(IdsPerMessage)
                .Select(ids => Payload(new NotificationsReceived(received.OwnerId, ids), sender));
        }

        return [Payload(change, sender)];
    }

    // The sender and the change; a payload this version cannot read (a newer instance's new change, during an
    // upgrade) stands for "something changed", so pages read everything again rather than miss it.
    public static (string Sender, DashboardEvent Change) Read(string payload)
    {
        try
        {
            var envelope = JsonSerializer.Deserialize<Envelope>(payload, Json);
            if (envelope is { From: { } from, Change: { } change })
            {
                return (from, change);
            }
        }
        catch (Exception e) when (e is JsonException or NotSupportedException)
        {
            // Unreadable: handled below.
        }

        return ("", new ChangesMissed());
    }

    // One change of every kind written and read back, so that the serializer's code and metadata for them are built
    // at the start rather than by the first change to travel, which is the first alert's (NotificationsReceived) after
    // a restart. Returns the kinds that came back as they went.
    public static IReadOnlyList<Type> Rehearse()
    {
        DashboardEvent[] samples =
        [
            new StructuresChanged(0, [0]), new StructureRefueled(0, 0, DateTime.UnixEpoch), new OwnerStatusChanged(0),
            new NotificationsReceived(0, [0]), new TimersChanged(0), new ChangesMissed(),
        ];
        return [.. samples.Where(sample => Write(sample, "").Select(Read).All(read => RoundTrips(sample, read.Change))).Select(sample => sample.GetType())];
    }

    // Records compare lists by reference, so the ids are compared apart.
    private static bool RoundTrips(DashboardEvent sent, DashboardEvent read) => (sent, read) switch
    {
        (StructuresChanged a, StructuresChanged b) => a.OwnerId == b.OwnerId && a.StructureIds!.SequenceEqual(b.StructureIds ?? []),
        (NotificationsReceived a, NotificationsReceived b) => a.OwnerId == b.OwnerId && a.NotificationIds.SequenceEqual(b.NotificationIds),
        _ => sent.Equals(read),
    };

    private static string Payload(DashboardEvent change, string sender) => JsonSerializer.Serialize(new Envelope(sender, change), Json);

    private sealed record Envelope(string From, DashboardEvent Change);
}
