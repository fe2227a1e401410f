using Structures.Core.Esi.Models;
using Structures.Core.Owners;
using Structures.Core.Structures;

namespace Structures.Tests.Core.Structures;

public sealed class SnapshotFingerprintTests
{
    private static readonly DateTime Now = new(2026, 12, 1, 12, 0, 0, DateTimeKind.Utc);
    private static readonly DateTime TakenAt = Now.AddMinutes(-20);
    private static readonly UniverseSeen Universe = new(10, 2, 40, [new(30000474, 99000001)]);

    [Fact]
    public void Of_TheSameAnswersFetchedAgain_IsTheSame()
    {
        var fingerprint = SnapshotFingerprint.Of(Snapshot(), Owner(), Universe, Now);

        fingerprint.Should().NotBeNull().And.Be(SnapshotFingerprint.Of(Snapshot(), Owner(), Universe, Now.AddMinutes(30)));
    }

    [Fact]
    public void Of_AnythingTheApplyReadsChanged_IsAnother()
    {
        var fingerprint = SnapshotFingerprint.Of(Snapshot(), Owner(), Universe, Now);

        new[]
        {
            SnapshotFingerprint.Of(Snapshot(fuelBlocks: 999), Owner(), Universe, Now),
            SnapshotFingerprint.Of(Snapshot(takenAt: TakenAt.AddHours(1)), Owner(), Universe, Now.AddHours(2)),
            SnapshotFingerprint.Of(Snapshot(state: "armor_reinforce"), Owner(), Universe, Now),
            SnapshotFingerprint.Of(Snapshot(), Owner(allianceId: 99000002), Universe, Now),
            SnapshotFingerprint.Of(Snapshot(), Owner(), Universe with { Sovereignty = [new(30000474, 99000002)] }, Now),
            SnapshotFingerprint.Of(Snapshot(), Owner(), Universe with { Celestials = 41 }, Now),
        }.Should().OnlyContain(other => other != null && other != fingerprint);
    }

    [Fact]
    public void Of_AnIncompleteSnapshot_OrOneESIDidNotDate_IsNull_SoTheApplyRuns()
    {
        var incomplete = Snapshot();
        incomplete.AssetErrors.Add("Assets: ESI is not answering.");

        SnapshotFingerprint.Of(incomplete, Owner(), Universe, Now).Should().BeNull();
        SnapshotFingerprint.Of(Snapshot(dated: false), Owner(), Universe, Now).Should().BeNull();
        SnapshotFingerprint.Of(Snapshot(takenAt: Now.AddMinutes(5)), Owner(), Universe, Now).Should().BeNull("a date after now gives way to the clock");
    }

    private static Owner Owner(long allianceId = 99000001) => new() { CorporationId = 98000001, CorporationName = "Wayne Enterprises", AllianceId = allianceId };

    private static OwnerSnapshot Snapshot(long fuelBlocks = 120, DateTime? takenAt = null, string state = "shield_vulnerable", bool dated = true)
    {
        var at = dated ? takenAt ?? TakenAt : (DateTime?)null;
        return new OwnerSnapshot
        {
            Upwell = [new(1000000000001, 98000001, 30000474, 35834, 1, "Wayne Tower", state, null, null, Now.AddDays(10), null, 18, null, null,
                [new EsiStructureService("Clone Bay", "online")])],
            Starbases = [],
            CustomsOffices = [],
            Assets = [new(1, 4247, 1000000000001, "item", "StructureFuel", fuelBlocks, false)],
            UpwellTakenAt = at,
            AssetsMeasuredAt = at,
        };
    }
}
