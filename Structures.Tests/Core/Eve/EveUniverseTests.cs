using System.Data.Common;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using Structures.Core.Data;
using Structures.Core.Eve;
using Structures.Tests.Infrastructure;

namespace Structures.Tests.Core.Eve;

public sealed class EveUniverseTests() : AppTest(new Dictionary<string, string?>
{
    ["Simulation:CacheSeconds:sovereignty-map"] = "10",
}, fakeClock: true, services: PausedCheck.AddTo)
{
    [Fact]
    public async Task RefreshSovereignty_AsksEsiNoMore_UntilItsMapExpires()
    {
        var universe = Factory.Get<EveUniverse>();
        await universe.RefreshSovereigntyAsync(default);
        await InjectFaultAsync(new { target = "*", kind = "Status", status = 500, count = 1 });

        await universe.RefreshSovereigntyAsync(default);
        var faultsWhileFresh = await FaultsAsync();
        Clock.Advance(TimeSpan.FromSeconds(11));
        await universe.RefreshSovereigntyAsync(default);

        faultsWhileFresh.Should().Be(1, "the map was still fresh: ESI was not asked");
        (await FaultsAsync()).Should().Be(0, "once the map expired, ESI was asked again");
        await using var db = await DbAsync();
        (await db.EveSovereignty.CountAsync()).Should().BeGreaterThan(0, "the failed ask left the map that was written");
    }

    [Fact]
    public async Task Ensure_OfWhatIsKnown_DoesNotWaitForAnotherThatIsAskingEsi()
    {
        var universe = Factory.Get<EveUniverse>();
        await universe.EnsureAsync([Astrahus], [], [], default);
        await InjectFaultAsync(new { target = "/sim/esi/universe/types", kind = "Timeout", count = 1 });
        using var stuck = new CancellationTokenSource();
        var asking = universe.EnsureAsync([Fortizar], [], [], stuck.Token);
        while (await FaultsAsync() > 0 && !asking.IsCompleted)
        {
            await Task.Yield();
        }

        var known = universe.EnsureAsync([Astrahus], [], [], default);
        var first = await Task.WhenAny(known, asking);
        await stuck.CancelAsync();

        first.Should().BeSameAs(known, "the type was known: nothing had to wait for the writer stuck on ESI");
        await known;
        await FluentActions.Awaiting(() => asking).Should().ThrowAsync<OperationCanceledException>();
        await using var db = await DbAsync();
        (await db.EveTypes.AnyAsync(t => t.Id == Fortizar)).Should().BeFalse();
    }

    [Fact]
    public async Task Ensure_ThatFoundANameMissing_ButGetsItsTurnAfterAnotherStoredIt_FindsItKnown()
    {
        var universe = Factory.Get<EveUniverse>();
        var waiting = new PausedCheck();
        var late = Task.Run(() =>
        {
            PausedCheck.Armed.Value = waiting;
            return universe.EnsureAsync([Fortizar], [], [], default);
        });
        await waiting.Checked.Task;

        var first = await universe.EnsureAsync([Fortizar], [], [], default);
        waiting.Resume.SetResult();
        var second = await late;

        first.Should().BeNull("the type was asked of ESI");
        second.Should().Be(new UniverseKnown(1, 0), "the type was stored while it waited: it looked again before asking ESI");
        await using var db = await DbAsync();
        (await db.EveTypes.CountAsync(t => t.Id == Fortizar)).Should().Be(1);
    }

    private const long Astrahus = 35832;
    private const long Fortizar = 35833;

    private async Task<int> FaultsAsync() => (await Http.GetFromJsonAsync<List<object>>("/sim/control/faults"))!.Count;

    // Holds the flow it is armed in right after its first look at what is known (before it queues for the writer), until
    // resumed.
    private sealed class PausedCheck : DbCommandInterceptor
    {
        public static readonly AsyncLocal<PausedCheck?> Armed = new();

        public TaskCompletionSource Checked { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public TaskCompletionSource Resume { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public static void AddTo(IServiceCollection services)
        {
            var interceptor = new PausedCheck();
            services.ConfigureDbContext<StructuresDbContext>(options => options.AddInterceptors(interceptor));
            services.ConfigureDbContext<PostgresStructuresDbContext>(options => options.AddInterceptors(interceptor));
        }

        public override async ValueTask<DbDataReader> ReaderExecutedAsync(
            DbCommand command, CommandExecutedEventData eventData, DbDataReader result, CancellationToken cancellationToken = default)
        {
            if (Armed.Value is { } armed && command.CommandText.Contains("\"EveTypes\"", StringComparison.Ordinal) && armed.Checked.TrySetResult())
            {
                await armed.Resume.Task;
            }

            return result;
        }
    }
}
