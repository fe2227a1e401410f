using Microsoft.AspNetCore.Components.Web;

namespace Structures.Dashboard.Components;

// What a page's error boundary logs. A page the app is stopping under can find the app's services gone while it
// renders: that is the stop, not a fault, and is no warning. Any other error a page meets is one.
internal sealed partial class PageErrorLog(ILogger<ErrorBoundary> logger, IHostApplicationLifetime lifetime) : IErrorBoundaryLogger
{
    public ValueTask LogErrorAsync(Exception exception)
    {
        if (exception is ObjectDisposedException && lifetime.ApplicationStopping.IsCancellationRequested)
        {
            RenderedWhileStopping(logger, exception.Message);
        }
        else
        {
            RenderFailed(logger, exception, exception.Message);
        }

        return ValueTask.CompletedTask;
    }

    [LoggerMessage(LogLevel.Warning, "Unhandled exception rendering component: {Message}")]
    private static partial void RenderFailed(ILogger logger, Exception exception, string message);

    [LoggerMessage(LogLevel.Debug, "A page rendered while the app stopped: {Message}")]
    private static partial void RenderedWhileStopping(ILogger logger, string message);
}
