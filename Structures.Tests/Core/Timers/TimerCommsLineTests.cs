using Structures.Core.Timers;

namespace Structures.Tests.Core.Timers;

public sealed class TimerCommsLineTests
{
    private static readonly DateTime End = new(2026, 12, 1, 5, 1, 42, DateTimeKind.Utc);

    [Theory]
    [InlineData(TimerKind.Armor, "[Armor] 1-PGSG – Applied Sciences (Raitaru) – 2026.12.01 05:01 EVE")]
    [InlineData(TimerKind.Hull, "[Hull] 1-PGSG – Applied Sciences (Raitaru) – 2026.12.01 05:01 EVE")]
    [InlineData(TimerKind.Final, "[Final] 1-PGSG – Applied Sciences (Raitaru) – 2026.12.01 05:01 EVE")]
    [InlineData(TimerKind.MoonExtraction, "[Moon extraction] 1-PGSG – Applied Sciences (Raitaru) – 2026.12.01 05:01 EVE")]
    [InlineData(TimerKind.Abandonment, "[Abandonment] 1-PGSG – Applied Sciences (Raitaru) – 2026.12.01 05:01 EVE")]
    [InlineData(TimerKind.SelfDestruct, "[Self-destruct] 1-PGSG – Applied Sciences (Raitaru) – 2026.12.01 05:01 EVE")]
    [InlineData(TimerKind.Anchoring, "[Anchoring] 1-PGSG – Applied Sciences (Raitaru) – 2026.12.01 05:01 EVE")]
    [InlineData(TimerKind.Unanchoring, "[Unanchoring] 1-PGSG – Applied Sciences (Raitaru) – 2026.12.01 05:01 EVE")]
    public void Of_EachKind_NamesItSystemStructureTypeAndEveTime(TimerKind kind, string line)
    {
        var row = new TimerBoardRow(1, 98000001, "Wayne Technologies", kind, TimerCategory.Upwell, End, "Applied Sciences", "1-PGSG", false, StructureType: "Raitaru");

        TimerCommsLine.Of(row).Should().Be(line);
    }

    [Fact]
    public void Of_ManualTimer_ReadsLikeAnyOther()
    {
        var row = new TimerBoardRow(3, null, "Manual", TimerKind.Hull, TimerCategory.Upwell, End, "Hostile Fortizar", "Amamake", false,
            StructureType: "Fortizar", Source: TimerSource.Manual, Notes: "Form up early", CreatedBy: "Alfred Pennyworth");

        TimerCommsLine.Of(row).Should().Be("[Hull] Amamake – Hostile Fortizar (Fortizar) – 2026.12.01 05:01 EVE");
    }

    [Fact]
    public void Of_UnknownNameSystemAndType_SaysSoAndLeavesTheTypeOut()
    {
        var row = new TimerBoardRow(8, 98000001, "Wayne Technologies", TimerKind.Final, TimerCategory.Sovereignty, End, "", "?", false);

        TimerCommsLine.Of(row).Should().Be("[Final] unknown system – (unknown) – 2026.12.01 05:01 EVE");
    }

    [Fact]
    public void Of_FromParts_ReadsAsFromARow()
    {
        TimerCommsLine.Of(TimerKind.Armor, "1-PGSG", "Applied Sciences", "?", End).Should().Be("[Armor] 1-PGSG – Applied Sciences – 2026.12.01 05:01 EVE");
    }
}
