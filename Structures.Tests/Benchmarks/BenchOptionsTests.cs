namespace Structures.Tests.Benchmarks;

public sealed class BenchOptionsTests
{
    [Fact]
    public void Parse_WithoutOnly_RunsEveryScenarioButTheSoak()
    {
        var options = BenchOptions.Parse([]);

        options.Runs("sync").Should().BeTrue();
        options.Runs("board").Should().BeTrue();
        options.Runs("soak").Should().BeFalse();
        options.Minutes.Should().Be(10);
    }

    [Fact]
    public void Parse_OnlySoakWithMinutes_RunsTheSoakAloneForThatLong()
    {
        var options = BenchOptions.Parse(["--only", "soak", "--minutes", "2.5"]);

        options.Runs("soak").Should().BeTrue();
        options.Runs("drain").Should().BeFalse();
        options.Minutes.Should().Be(2.5);
    }

    [Fact]
    public void Parse_Pages_OpensThatManyBoardPages()
    {
        BenchOptions.Parse(["--only", "board", "--pages", "30"]).BoardPages.Should().Be(30);
        BenchOptions.Parse(["--only", "board"]).BoardPages.Should().BeNull();
    }
}
