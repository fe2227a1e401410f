using Structures.Tests.Infrastructure;

namespace Structures.Tests.Dashboard.Hosting;

public sealed class ReadmeExampleTests
{
    [Theory]
    [InlineData("structures.env")]
    [InlineData("structures.service")]
    [InlineData("nginx.conf")]
    public void Readme_ShowsTheDeployFile_AsItIs(string file)
    {
        var readme = File.ReadAllLines(Path.Combine(BrowserFixture.RepositoryRoot(), "README.md")).Select(l => l.Trim()).ToHashSet();

        var lines = File.ReadAllLines(Path.Combine(BrowserFixture.RepositoryRoot(), "Structures.Dashboard", "Deploy", file)).Select(l => l.Trim()).Where(l => l.Length > 0);

        lines.Where(l => !readme.Contains(l)).Should().BeEmpty($"the README shows Structures.Dashboard/Deploy/{file}, which the production tests start");
    }
}
