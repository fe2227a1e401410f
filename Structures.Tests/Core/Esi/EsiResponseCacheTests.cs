using System.Text;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using Structures.Core.Esi;

namespace Structures.Tests.Core.Esi;

public sealed class EsiResponseCacheTests
{
    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2026, 11, 30, 12, 0, 0, TimeSpan.Zero));

    [Fact]
    public void ManyAnswers_NeverMoreThanTheBound_TheMostRecentStay()
    {
        var cache = CreateSut(entries: 3);
        var counts = new List<int>();

        for (var i = 0; i < 50; i++)
        {
            cache.Set($"/route/{i}", Answer("{}", TimeSpan.FromMinutes(5)));
            counts.Add(cache.Count);
        }

        counts.Max().Should().Be(3);
        Enumerable.Range(0, 50).Where(i => cache.Get($"/route/{i}") is not null).Should().Equal(47, 48, 49);
    }

    [Fact]
    public void AnAnswerReadLately_OutlivesOnesLeftAlone()
    {
        var cache = CreateSut(entries: 3);
        cache.Set("a", Answer("{}", TimeSpan.FromMinutes(5)));
        cache.Set("b", Answer("{}", TimeSpan.FromMinutes(5)));
        cache.Set("c", Answer("{}", TimeSpan.FromMinutes(5)));

        cache.Get("a");
        cache.Set("d", Answer("{}", TimeSpan.FromMinutes(5)));

        new[] { "a", "b", "c", "d" }.Where(k => cache.Get(k) is not null).Should().Equal("a", "c", "d");
    }

    [Fact]
    public void WhenFull_ExpiredAnswersGoFirst()
    {
        var cache = CreateSut(entries: 3);
        cache.Set("old", Answer("{}", TimeSpan.FromMinutes(60)));
        cache.Set("short", Answer("{}", TimeSpan.FromMinutes(1)));
        cache.Set("shorter", Answer("{}", TimeSpan.FromMinutes(2)));
        _clock.Advance(TimeSpan.FromMinutes(3));

        cache.Set("new", Answer("{}", TimeSpan.FromMinutes(5)));

        new[] { "old", "short", "shorter", "new" }.Where(k => cache.Get(k) is not null).Should().Equal("old", "new");
    }

    [Fact]
    public void WhenFull_AnAnswerReplacedBeforeItsOldExpiry_IsNotTakenForExpired()
    {
        var cache = CreateSut(entries: 3);
        cache.Set("a", Answer("{}", TimeSpan.FromMinutes(1)));
        cache.Set("a", Answer("{}", TimeSpan.FromMinutes(60)));
        cache.Set("b", Answer("{}", TimeSpan.FromMinutes(60)));
        cache.Set("c", Answer("{}", TimeSpan.FromMinutes(60)));
        _clock.Advance(TimeSpan.FromMinutes(2));
        cache.Get("a");

        cache.Set("d", Answer("{}", TimeSpan.FromMinutes(60)));

        new[] { "a", "b", "c", "d" }.Where(k => cache.Get(k) is not null).Should().Equal(["a", "c", "d"],
            "the first answer for a had expired, but a holds a fresh one; nothing had expired, so the least recently used went");
    }

    [Fact]
    public void AnAnswerReplacedManyTimes_StillExpires()
    {
        var cache = CreateSut(entries: 2);
        for (var i = 0; i < 500; i++)
        {
            cache.Set("a", Answer("{}", TimeSpan.FromMinutes(1 + (i % 7))));
        }

        cache.Set("b", Answer("{}", TimeSpan.FromMinutes(60)));
        _clock.Advance(TimeSpan.FromMinutes(10));
        cache.Set("c", Answer("{}", TimeSpan.FromMinutes(60)));

        new[] { "a", "b", "c" }.Where(k => cache.Get(k) is not null).Should().Equal(["b", "c"], "a's last answer had expired, so it went first");
        cache.Count.Should().Be(2);
    }

    [Fact]
    public void LargeBodies_AreBoundedBySize()
    {
        var cache = CreateSut(entries: 100, characters: 1000);

        for (var i = 0; i < 10; i++)
        {
            cache.Set($"/page/{i}", Answer(new string('x', 300), TimeSpan.FromMinutes(5)));
            cache.Characters.Should().BeLessThanOrEqualTo(1000);
        }

        cache.Count.Should().Be(3);
        using (var body = cache.Get("/page/9")!.Decompress())
        {
            Encoding.UTF8.GetString(body.Span).Should().Be(new string('x', 300));
        }

        cache.Get("/page/6").Should().BeNull("the oldest answers made room for the newest");
    }

    [Fact]
    public void ReplacingAnAnswer_CountsItsSizeOnce()
    {
        var cache = CreateSut(entries: 10, characters: 1000);

        cache.Set("a", Answer(new string('x', 400), TimeSpan.FromMinutes(5)));
        cache.Set("a", Answer(new string('y', 500), TimeSpan.FromMinutes(5)));

        cache.Count.Should().Be(1);
        cache.Characters.Should().Be(500);
    }

    private EsiResponseCache CreateSut(int entries, long characters = 1_000_000) =>
        new(Options.Create(new EsiOptions { ResponseCacheEntries = entries, ResponseCacheCharacters = characters }), _clock);

    private EsiCachedResponse Answer(string body, TimeSpan expiresIn) =>
        new(Encoding.UTF8.GetBytes(body), "\"etag\"", _clock.GetUtcNow().UtcDateTime + expiresIn, null, 1);
}
