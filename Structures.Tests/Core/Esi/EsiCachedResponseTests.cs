using Structures.Core.Esi;

namespace Structures.Tests.Core.Esi;

public sealed class EsiCachedResponseTests
{
    private static readonly DateTime Expires = new(2026, 11, 30, 13, 0, 0, DateTimeKind.Utc);

    [Fact]
    public void Body_OfALargeAnswerWithNamesInManyScripts_ComesBackWhole()
    {
        var items = Enumerable.Range(0, 5_000).Select(i => $$"""{"item_id":{{i}},"name":"Citadelle Ä{{i}} 城塞 Крепость ⚡"}""");
        var body = $"[{string.Join(',', items)}]";

        var answer = new EsiCachedResponse(body, "\"abc\"", Expires, null, 3);

        answer.Body.Should().Be(body);
        answer.Characters.Should().Be(body.Length);
        (answer.ETag, answer.ExpiresAt, answer.Pages).Should().Be(("\"abc\"", Expires, 3));
    }

    [Fact]
    public void With_ANewExpiry_KeepsTheBodyAndItsLength()
    {
        var answer = new EsiCachedResponse("""[{"structure_id":1,"name":"Batcave"}]""", "\"abc\"", Expires, null, 1);

        var refreshed = answer with { ExpiresAt = Expires.AddHours(1) };

        refreshed.Body.Should().Be("""[{"structure_id":1,"name":"Batcave"}]""");
        refreshed.Characters.Should().Be(answer.Characters);
        refreshed.ExpiresAt.Should().Be(Expires.AddHours(1));
    }
}
