using Structures.Dashboard.Notifications;

namespace Structures.Tests.Dashboard.Notifications;

public sealed class EmbedMarkdownTests
{
    [Fact]
    public void Read_BoldLinksAndEscapes_BecomeSpans()
    {
        var spans = EmbedMarkdown.Read("The Keepstar **Wayne\\_Tower** in [1-PGSG](https://evemaps.dotlan.net/system/1-PGSG) (Detorid)\n*Cloning Center*");

        spans.Should().Equal(
            new EmbedSpan("The Keepstar ", false, false, null),
            new EmbedSpan("Wayne_Tower", true, false, null),
            new EmbedSpan(" in ", false, false, null),
            new EmbedSpan("1-PGSG", false, false, "https://evemaps.dotlan.net/system/1-PGSG"),
            new EmbedSpan(" (Detorid)\n", false, false, null),
            new EmbedSpan("Cloning Center", false, true, null));
    }

    [Theory]
    [InlineData("[Resent] Structure under attack")]
    [InlineData("[click](javascript:alert(1))")]
    public void Read_BracketsThatAreNoHttpsLink_StayText(string text)
    {
        EmbedMarkdown.Read(text).Should().Equal(new EmbedSpan(text, false, false, null));
    }
}
