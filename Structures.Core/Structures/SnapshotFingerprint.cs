using System.Security.Cryptography;
using System.Text.Json;
using Structures.Core.Esi;
using Structures.Core.Owners;

namespace Structures.Core.Structures;

// One hash of everything a sync's apply reads besides the rows themselves: ESI's answers with their dates, the owner's
// alliance and the universe data of its systems. Two runs with the same fingerprint would write the same structures.
internal static class SnapshotFingerprint
{
    // Null when the apply must run: an incomplete snapshot, or one whose dates ESI did not give, where the apply falls
    // back to the clock.
    public static string? Of(OwnerSnapshot snapshot, Owner owner, UniverseSeen universe, DateTime now)
    {
        if (!snapshot.Complete || !DatedByEsi(snapshot, now))
        {
            return null;
        }

        var inputs = new
        {
            snapshot.Upwell,
            snapshot.Starbases,
            snapshot.CustomsOffices,
            snapshot.Assets,
            snapshot.UpwellTakenAt,
            snapshot.StarbasesTakenAt,
            snapshot.CustomsOfficesTakenAt,
            snapshot.AssetsMeasuredAt,
            snapshot.IncludesSkyhooks,
            StarbaseDetails = snapshot.StarbaseDetails.OrderBy(d => d.Key).Select(d => new { d.Key, d.Value.Detail, d.Value.LastModified }),
            Names = snapshot.Names.OrderBy(n => n.Key),
            Positions = snapshot.Positions.OrderBy(p => p.Key),
            RefineryMoons = snapshot.RefineryMoons.OrderBy(m => m.Key),
            owner.AllianceId,
            universe,
            Build,
        };
        return HashOf(inputs);
    }

    // SHA-256 of the value's JSON, hashed as it is written: the JSON of a large owner's answers is hundreds of kilobytes,
    // and as one array it would be a new object in the large object heap on every sync. The hash is that of the whole
    // JSON, so stored fingerprints stay valid.
    internal static string HashOf<T>(T value)
    {
        using var sha256 = SHA256.Create();
        using (var hashing = new CryptoStream(Stream.Null, sha256, CryptoStreamMode.Write))
        {
            JsonSerializer.Serialize(hashing, value, EsiClient.Json);
        }

        return Convert.ToHexStringLower(sha256.Hash!);
    }

    // This build of the apply's code: after an upgrade every owner is applied once more, so a changed rule reaches
    // the rows of owners whose answers did not change.
    private static readonly Guid Build = typeof(SnapshotFingerprint).Assembly.ManifestModule.ModuleVersionId;

    // Every list that places rows carries ESI's Last-Modified, not later than now, so the apply takes its dates from it.
    private static bool DatedByEsi(OwnerSnapshot snapshot, DateTime now) =>
        Dated(snapshot.Upwell, snapshot.UpwellTakenAt, now)
        && Dated(snapshot.Starbases, snapshot.StarbasesTakenAt, now)
        && Dated(snapshot.CustomsOffices, snapshot.CustomsOfficesTakenAt, now)
        && Dated(snapshot.Assets, snapshot.AssetsMeasuredAt, now)
        && snapshot.StarbaseDetails.Values.All(d => d.LastModified is { } at && at <= now);

    private static bool Dated<T>(List<T>? items, DateTime? takenAt, DateTime now) => items is not { Count: > 0 } || takenAt is { } at && at <= now;
}

// What the apply finds of the universe for an owner's types and systems: the rows known, and who holds each system.
internal sealed record UniverseSeen(int Types, int Systems, int Celestials, List<KeyValuePair<long, long?>> Sovereignty);
