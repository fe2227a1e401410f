using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Rendering;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Logging.Testing;
using Microsoft.Extensions.Time.Testing;
using Structures.Core.Live;
using Structures.Dashboard.Live;
using Structures.Tests.Infrastructure;

namespace Structures.Tests.Dashboard.Live;

public sealed class LivePageTests : ComponentTest
{
    private readonly DashboardEvents _events = new(NullLogger<DashboardEvents>.Instance);
    private readonly FakeLogCollector _logs = new();

    public LivePageTests()
    {
        Services.AddSingleton(_events);
        Services.AddLogging(logging => logging.AddProvider(new FakeLoggerProvider(_logs)));
    }

    [Fact]
    public void AChangeThatConcernsThePage_ReadsItAgain_AndRendersTheNewData()
    {
        var cut = Render<CountingPage>();
        cut.Find("span").TextContent.Should().Be("loads: 1, ticks: 0");

        _events.Publish(new StructuresChanged(1));

        cut.WaitForAssertion(() => cut.Find("span").TextContent.Should().Be("loads: 2, ticks: 0"));
    }

    [Fact]
    public void AChangeThatDoesNotConcernThePage_IsIgnored()
    {
        var cut = Render<CountingPage>();

        _events.Publish(new TimersChanged(1));
        _events.Publish(new StructuresChanged(1));

        // The second change is read after the first in the page's own queue: once it shows, the first was passed over.
        cut.WaitForAssertion(() => cut.Find("span").TextContent.Should().Be("loads: 2, ticks: 0"));
    }

    [Fact]
    public async Task ABurstOfChanges_DuringAReread_IsCoveredByOneMoreReread()
    {
        var cut = Render<CountingPage>();
        var page = cut.Instance;
        var gate = new TaskCompletionSource();
        page.Gate = gate;

        _events.Publish(new StructuresChanged(1));
        await page.Waiting.Task.WaitAsync(TimeSpan.FromSeconds(30));
        for (var i = 0; i < 20; i++)
        {
            _events.Publish(new StructuresChanged(i));
        }

        gate.SetResult();

        cut.WaitForAssertion(() => cut.Find("span").TextContent.Should().Be("loads: 3, ticks: 0"));
    }

    [Fact]
    public void TheClock_RendersThePageAgain_WithoutReadingItsData()
    {
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 11, 30, 12, 0, 0, TimeSpan.Zero));
        var cut = Render<CountingPage>(p => p.Add(c => c.Clock, clock));

        clock.Advance(TimeSpan.FromSeconds(3));

        cut.WaitForAssertion(() => cut.Find("span").TextContent.Should().Be("loads: 1, ticks: 3"));
    }

    [Fact]
    public async Task AClosedPage_LetsGoOfTheFeed()
    {
        Render<CountingPage>();
        _events.SubscriberCount.Should().Be(1);

        await DisposeComponentsAsync();

        _events.SubscriberCount.Should().Be(0);
    }

    [Fact]
    public async Task AFailedReread_IsLogged_AndTheNextChangeTriesAgain()
    {
        var cut = Render<CountingPage>();
        cut.Instance.FailWith = new InvalidOperationException("The database is locked");

        _events.Publish(new StructuresChanged(1));
        await cut.Instance.Failed.Task.WaitAsync(TimeSpan.FromSeconds(30));
        _events.Publish(new StructuresChanged(2));

        cut.WaitForAssertion(() => cut.Find("span").TextContent.Should().Be("loads: 3, ticks: 0"));
        _logs.GetSnapshot().Should().ContainSingle().Which.Id.Name.Should().Be("LiveReloadFailed");
    }

    // A closing page's circuit can dispose its services before the page's own Dispose runs: that is no failure to report.
    [Fact]
    public async Task AReread_MetByTheCircuitsServicesAlreadyDisposed_IsNotLogged()
    {
        var cut = Render<CountingPage>();
        cut.Instance.FailWith = new ObjectDisposedException("IServiceProvider");

        _events.Publish(new StructuresChanged(1));
        await cut.Instance.Failed.Task.WaitAsync(TimeSpan.FromSeconds(30));
        _events.Publish(new StructuresChanged(2));

        cut.WaitForAssertion(() => cut.Find("span").TextContent.Should().Be("loads: 3, ticks: 0"));
        _logs.GetSnapshot().Should().BeEmpty();
    }

    private sealed class CountingPage : LivePage
    {
        private int _loads;
        private int _ticks;

        [Parameter] public TimeProvider? Clock { get; set; }

        public TaskCompletionSource? Gate { get; set; }

        public TaskCompletionSource Waiting { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public Exception? FailWith { get; set; }

        public TaskCompletionSource Failed { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

        protected override async Task OnInitializedAsync()
        {
            FollowChanges();
            await ReloadAsync();
            if (Clock is not null)
            {
                TickEvery(Clock, TimeSpan.FromSeconds(1), () => _ticks++);
            }
        }

        protected override bool Concerns(DashboardEvent change) => change is StructuresChanged;

        protected override async Task ReloadAsync()
        {
            _loads++;
            if (FailWith is { } failure)
            {
                FailWith = null;
                Failed.SetResult();
                throw failure;
            }

            if (Gate is { } gate)
            {
                Waiting.SetResult();
                Gate = null;
                await gate.Task;
            }
        }

        protected override void BuildRenderTree(RenderTreeBuilder builder)
        {
            builder.OpenElement(0, "span");
            builder.AddContent(1, $"loads: {_loads}, ticks: {_ticks}");
            builder.CloseElement();
        }
    }
}
