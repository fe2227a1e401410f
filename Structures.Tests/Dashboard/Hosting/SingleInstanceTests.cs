using System.Net;
using Structures.Core.Data;

namespace Structures.Tests.Dashboard.Hosting;

// SQLite serves one instance: a second one started on the same database file is refused, and the first goes on.
public sealed class SingleInstanceTests : ProductionTest
{
    [Fact]
    public async Task Start_OfASecondInstanceOnTheSameSqliteFile_IsRefused_AndTheFirstKeepsServing()
    {
        var first = Start();
        _ = first.BaseUrl;

        var reason = Refusal();

        reason.Should().EndWith($"{Path.Combine(Folder, "data", "structures.db")} is in use by another Structures instance (it holds "
            + $"{SqliteInstanceLock.PathFor(Path.Combine(Folder, "data", "structures.db"))}). SQLite serves one instance only: "
            + "stop the other instance first, or set Data:Provider to PostgreSQL to run several.");
        using var http = Client(first);
        using var live = await http.SendAsync(ProductionExample.ThroughProxy("/health/live", https: false));
        live.StatusCode.Should().Be(HttpStatusCode.OK);
    }

    [Fact]
    public async Task Start_AfterTheFirstInstanceStopped_Succeeds()
    {
        var first = Start();
        _ = first.BaseUrl;
        await first.DisposeAsync();

        var second = Start();
        using var http = Client(second);
        using var live = await http.SendAsync(ProductionExample.ThroughProxy("/health/live", https: false));

        live.StatusCode.Should().Be(HttpStatusCode.OK);
    }
}
