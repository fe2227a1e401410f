using Microsoft.AspNetCore.Components;
using Structures.Core.Live;

namespace Structures.Dashboard.Live;

// The one way a component follows live changes: it says which changes concern it and how to read its data again;
// this base subscribes before the first read, folds a burst of changes into one re-read, renders, and lets go when
// the component goes away. The feed never waits for it: a change only marks the component as due.
public abstract class LivePage : ComponentBase, IDisposable
{
    private IDisposable? _subscription;
    private ITimer? _ticker;
    private int _due;
    private volatile bool _disposed;

    [Inject] private DashboardEvents Events { get; set; } = default!;

    [Inject] private ILogger<LivePage> Logger { get; set; } = default!;

    // Whether this change can alter what the component shows.
    protected abstract bool Concerns(DashboardEvent change);

    // Reads what the component shows again; runs on the component's dispatcher.
    protected abstract Task ReloadAsync();

    // Call before the first read, so a change that lands in between is not missed.
    protected void FollowChanges() => _subscription ??= Events.Subscribe(OnChange);

    // Renders again on a clock, for countdowns; the action runs on the component's dispatcher first.
    protected void TickEvery(TimeProvider clock, TimeSpan interval, Action onTick) =>
        _ticker ??= clock.CreateTimer(_ => _ = TickAsync(onTick), null, interval, interval);

    private Task OnChange(DashboardEvent change)
    {
        if (!_disposed && (change is ChangesMissed || Concerns(change)) && Interlocked.Increment(ref _due) == 1)
        {
            _ = CatchUpAsync();
        }

        return Task.CompletedTask;
    }

    // Changes that arrive during a re-read are covered by one more re-read, not one each.
    private async Task CatchUpAsync()
    {
        int seen;
        do
        {
            seen = Volatile.Read(ref _due);
            if (_disposed)
            {
                return;
            }

            try
            {
                await InvokeAsync(async () =>
                {
                    await ReloadAsync();
                    StateHasChanged();
                });
            }
            catch (ObjectDisposedException)
            {
                // The circuit's services went first: the page is closing and its Dispose has not run yet. Not a failure.
            }
            catch (Exception ex) when (!_disposed)
            {
                // The next change tries again; a failed re-read must not end the following.
                Logger.LiveReloadFailed(ex, GetType().Name);
            }
            catch (Exception) when (_disposed)
            {
                return;
            }
        }
        while (Interlocked.Add(ref _due, -seen) > 0);
    }

    private async Task TickAsync(Action onTick)
    {
        if (_disposed)
        {
            return;
        }

        try
        {
            await InvokeAsync(() =>
            {
                onTick();
                StateHasChanged();
            });
        }
        catch (ObjectDisposedException)
        {
            // The circuit closed between two ticks.
        }
    }

    public void Dispose()
    {
        _disposed = true;
        _subscription?.Dispose();
        _ticker?.Dispose();
        Dispose(true);
        GC.SuppressFinalize(this);
    }

    // For components with more to release.
    protected virtual void Dispose(bool disposing)
    {
    }
}
