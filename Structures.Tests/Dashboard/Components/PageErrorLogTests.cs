using Microsoft.AspNetCore.Components.Web;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Testing;
using Structures.Dashboard.Components;
using Structures.Tests.Infrastructure;

namespace Structures.Tests.Dashboard.Components;

public sealed class PageErrorLogTests
{
    [Fact]
    public async Task ServicesGone_WhileTheAppStops_IsNoWarning()
    {
        var (logger, lifetime) = (new FakeLogger<ErrorBoundary>(), new Lifetime());
        await lifetime.Stopping.CancelAsync();

        await new PageErrorLog(logger, lifetime).LogErrorAsync(new ObjectDisposedException("IServiceProvider"));

        logger.Collector.GetSnapshot().Should().ContainSingle().Which.Level.Should().Be(LogLevel.Debug);
    }

    [Fact]
    public async Task ServicesGone_WhileTheAppRuns_OrAnyOtherError_IsAWarning()
    {
        var (logger, lifetime) = (new FakeLogger<ErrorBoundary>(), new Lifetime());
        var log = new PageErrorLog(logger, lifetime);

        await log.LogErrorAsync(new ObjectDisposedException("IServiceProvider"));
        await lifetime.Stopping.CancelAsync();
        await log.LogErrorAsync(new InvalidOperationException("broken"));

        logger.Collector.GetSnapshot().Select(r => r.Level).Should().Equal(LogLevel.Warning, LogLevel.Warning);
        logger.Collector.GetSnapshot().Select(r => r.Message).Should().Contain(m => m.StartsWith("Unhandled exception rendering component", StringComparison.Ordinal));
    }

    private sealed class Lifetime : IHostApplicationLifetime
    {
        public CancellationTokenSource Stopping { get; } = new();

        public CancellationToken ApplicationStarted => CancellationToken.None;

        public CancellationToken ApplicationStopping => Stopping.Token;

        public CancellationToken ApplicationStopped => CancellationToken.None;

        public void StopApplication() => Stopping.Cancel();
    }
}

public sealed class PageErrorLogRegistrationTests : AppTest
{
    [Fact]
    public void ThePagesErrorBoundary_LogsThroughPageErrorLog()
    {
        using var scope = Factory.Services.CreateScope();

        scope.ServiceProvider.GetRequiredService<IErrorBoundaryLogger>().Should().BeOfType<PageErrorLog>();
    }
}
