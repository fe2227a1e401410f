using Structures.Core.Structures;
using Structures.Core.Timers;

namespace Structures.Tests.Core.Timers;

public sealed class TimerMergeTests
{
    private static readonly DateTime End = new(2026, 12, 1, 5, 1, 0, DateTimeKind.Utc);

    [Fact]
    public void Merge_StateTimerOfAStructureNoStoredTimerTells_IsAdded()
    {
        var merged = TimerMerge.Merge([Stored(1, TimerKind.Hull, End.AddHours(2))], [FromState(2, TimerKind.Armor, End)]);

        merged.Select(t => (t.StructureId, t.Kind, t.Source)).Should().Equal(
            (2L, TimerKind.Armor, TimerSource.StructureState),
            (1L, TimerKind.Hull, TimerSource.Notification));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(299)]
    [InlineData(-300)]
    public void Merge_StoredTimerOfTheSameStructureAndKindWithinFiveMinutes_KeepsOnlyTheStoredOne(int secondsApart)
    {
        var stored = Stored(1, TimerKind.Armor, End);

        var merged = TimerMerge.Merge([stored], [FromState(1, TimerKind.Armor, End.AddSeconds(secondsApart))]);

        merged.Should().ContainSingle().Which.Should().BeSameAs(stored);
    }

    [Fact]
    public void Merge_SameStructureButAnotherKindOrAnEndFarApart_KeepsBoth()
    {
        var merged = TimerMerge.Merge(
            [Stored(1, TimerKind.Armor, End)],
            [FromState(1, TimerKind.Hull, End), FromState(1, TimerKind.Armor, End.AddMinutes(6))]);

        merged.Should().HaveCount(3);
        merged.Count(t => t.Source == TimerSource.StructureState).Should().Be(2);
    }

    [Fact]
    public void Merge_ManualTimerWithoutAStructure_NeverHidesAStateTimer()
    {
        var manual = new StructureTimer { Id = 9, Source = TimerSource.Manual, Kind = TimerKind.Armor, EndsAt = End, StructureName = "Hostile Fortizar" };

        var merged = TimerMerge.Merge([manual], [FromState(1, TimerKind.Armor, End)]);

        merged.Select(t => t.Source).Should().BeEquivalentTo([TimerSource.Manual, TimerSource.StructureState]);
    }

    [Fact]
    public void StateTimers_TellOfReinforcementsAnchoringAndUnanchoring_NotOfOtherStates()
    {
        StateTimers.Of(Structure(StructureState.ArmorReinforce, StructureKind.Upwell)).Single().Kind.Should().Be(TimerKind.Armor);
        StateTimers.Of(Structure(StructureState.HullReinforce, StructureKind.MoonDrill)).Single().Kind.Should().Be(TimerKind.Hull);
        StateTimers.Of(Structure(StructureState.Anchoring, StructureKind.Upwell)).Single().Kind.Should().Be(TimerKind.Anchoring);
        var starbase = StateTimers.Of(Structure(StructureState.StarbaseReinforced, StructureKind.Starbase)).Single();
        (starbase.Kind, starbase.Category).Should().Be((TimerKind.Final, TimerCategory.Starbase));
        StateTimers.Of(Structure(StructureState.ShieldVulnerable, StructureKind.Upwell)).Should().BeEmpty();
    }

    [Fact]
    public void StateTimers_OfAStructureUnanchoring_CarryItsPlaceAndTheEndToTheSecond()
    {
        var structure = Structure(StructureState.ShieldVulnerable, StructureKind.Upwell);
        structure.StateTimerEnd = null;
        structure.UnanchorsAt = End.AddMilliseconds(700);

        var timer = StateTimers.Of(structure).Single();

        timer.Should().BeEquivalentTo(new
        {
            Kind = TimerKind.Unanchoring, Category = TimerCategory.Upwell, Source = TimerSource.StructureState, EndsAt = End, OwnerId = 98000001L,
            StructureId = 1022734985679L, StructureTypeId = 35825L, StructureName = "Arkham Outpost", SolarSystemId = 30000474L, MoonId = (long?)null,
        });
    }

    private static StructureTimer Stored(long structureId, TimerKind kind, DateTime endsAt) =>
        new() { Id = (int)structureId, OwnerId = 98000001, Source = TimerSource.Notification, Kind = kind, EndsAt = endsAt, StructureId = structureId };

    private static StructureTimer FromState(long structureId, TimerKind kind, DateTime endsAt) =>
        new() { OwnerId = 98000001, Source = TimerSource.StructureState, Kind = kind, EndsAt = endsAt, StructureId = structureId };

    private static Structure Structure(StructureState state, StructureKind kind) => new()
    {
        Id = 1022734985679, OwnerId = 98000001, Kind = kind, TypeId = 35825, SolarSystemId = 30000474, Name = "Arkham Outpost", State = state, StateTimerEnd = End,
    };
}
