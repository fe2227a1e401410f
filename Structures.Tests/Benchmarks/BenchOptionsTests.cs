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

    [Theory]
    [InlineData(null, true, "Sqlite,PostgreSQL")]
    [InlineData(null, false, "Sqlite")]
    [InlineData("postgres", true, "PostgreSQL")]
    [InlineData("sqlite", true, "Sqlite")]
    [InlineData("both", false, "Sqlite,PostgreSQL")]
    public void Parse_Provider_ChoosesTheEnginesOfTheDataScenarios(string? provider, bool postgresAvailable, string expected)
    {
        var options = BenchOptions.Parse(provider is null ? [] : ["--provider", provider], postgresAvailable);

        string.Join(',', options.Engines).Should().Be(expected);
    }

    [Fact]
    public void Parse_UnknownProvider_SaysWhatItTakes()
    {
        var parse = () => BenchOptions.Parse(["--provider", "mysql"], postgresAvailable: true);

        parse.Should().Throw<ArgumentException>().WithMessage("--provider takes sqlite, postgres or both, not 'mysql'.*");
    }

    [Fact]
    public void Parse_Owners_RunsTheSyncAtThatSizeOnly()
    {
        BenchOptions.Parse(["--only", "sync", "--owners", "250"], postgresAvailable: false).Owners.Should().Be(250);
        BenchOptions.Parse([], postgresAvailable: false).Owners.Should().BeNull();
    }

    [Fact]
    public void Parse_Pages_OpensThatManyBoardPages()
    {
        BenchOptions.Parse(["--only", "board", "--pages", "30"], postgresAvailable: false).BoardPages.Should().Be(30);
        BenchOptions.Parse(["--only", "board"], postgresAvailable: false).BoardPages.Should().BeNull();
    }
}
