using Microsoft.EntityFrameworkCore;
using Structures.Core.Eve;
using Structures.Tests.Infrastructure;

namespace Structures.Tests.Core.Eve;

// The host stopping while the sovereignty map's commit is under way: the commit finishes, rather than fail half way
// with "An error occurred using a transaction" logged.
public sealed class EveUniverseStopTests() : AppTest(fakeClock: true, services: StopAtCommit.AddTo)
{
    [Fact]
    public async Task SovereigntyWrite_StoppedDuringItsCommit_IsCommitted_AndLogsNoTransactionError()
    {
        using var stopping = new CancellationTokenSource();
        StopAtCommit.Arm<EveSovereignty>(stopping);

        await Factory.Get<EveUniverse>().RefreshSovereigntyAsync(stopping.Token);

        stopping.IsCancellationRequested.Should().BeTrue("the stop came while the map was being committed");
        Factory.TakeUnexpectedLogs().Should().BeEmpty();
        await using var db = await DbAsync();
        (await db.EveSovereignty.CountAsync()).Should().BeGreaterThan(0);
    }
}
