using Structures.Dashboard.Simulation.Esi;

namespace Structures.Tests.Dashboard.Simulation;

public sealed class SimEsiCacheTests
{
    private static readonly DateTime Now = new(2026, 12, 1, 11, 0, 0, DateTimeKind.Utc);
    private static readonly IReadOnlySet<string> Structures = new HashSet<string> { "corporation-structures" };

    [Fact]
    public void AllExpired_WhileAnAnswerOfTheRoutesIsFresh_IsFalseAndTheAnswerIsServedFromCache()
    {
        var cache = new SimEsiCache();
        var produced = 0;
        cache.GetOrCreate("/corporations/1/structures", "corporation-structures", Now, () => ([(byte)++produced], 1), now => now.AddSeconds(7.2));

        var expired = cache.AllExpired(Structures, Now.AddSeconds(7));
        var served = cache.GetOrCreate("/corporations/1/structures", "corporation-structures", Now.AddSeconds(7), () => ([(byte)++produced], 1), now => now.AddSeconds(7.2));

        expired.Should().BeFalse();
        served!.Body.Should().Equal(1);
    }

    [Fact]
    public void AllExpired_OnceEveryAnswerOfTheRoutesHasExpired_IsTrueAndTheNextRequestIsAnsweredAfresh()
    {
        var cache = new SimEsiCache();
        var produced = 0;
        cache.GetOrCreate("/corporations/1/structures", "corporation-structures", Now, () => ([(byte)++produced], 1), now => now.AddSeconds(7.2));
        cache.GetOrCreate("/universe/types/35832", "universe-type", Now, () => ([9], 1), now => now.AddDays(1));

        var expired = cache.AllExpired(Structures, Now.AddSeconds(8));
        var served = cache.GetOrCreate("/corporations/1/structures", "corporation-structures", Now.AddSeconds(8), () => ([(byte)++produced], 1), now => now.AddSeconds(7.2));

        expired.Should().BeTrue("the day-long answer is of another route");
        served!.Body.Should().Equal(2);
    }

    [Fact]
    public void Unexpired_NamesTheFreshAnswersOfTheRoutes_WithWhenEachExpires()
    {
        var cache = new SimEsiCache();
        cache.GetOrCreate("/corporations/1/structures", "corporation-structures", Now, () => ([1], 1), now => now.AddSeconds(7));
        cache.GetOrCreate("/corporations/2/structures", "corporation-structures", Now.AddSeconds(5), () => ([2], 1), now => now.AddSeconds(7));
        cache.GetOrCreate("/universe/types/35832", "universe-type", Now, () => ([9], 1), now => now.AddDays(1));

        var fresh = cache.Unexpired(Structures, Now.AddSeconds(8));

        fresh.Should().Equal(("/corporations/2/structures", Now.AddSeconds(12)));
    }
}
