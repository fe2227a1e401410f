using Microsoft.Extensions.DependencyInjection;
using MudBlazor.Services;

namespace Structures.Tests.Infrastructure;

// bUnit with MudBlazor as the app sets it up, minus transitions, and JS interop left loose.
public abstract class ComponentTest : BunitContext
{
    // bUnit waits one second by default. With the whole suite running on two cores, a renderer's dispatcher was once
    // not given the thread to check a passed condition within that; a wait that passes returns at once all the same.
    static ComponentTest() => DefaultWaitTimeout = TimeSpan.FromSeconds(10);

    protected ComponentTest()
    {
        JSInterop.Mode = JSRuntimeMode.Loose;
        Services.AddLocalization();
        Services.AddMudServices(options =>
        {
            options.SnackbarConfiguration.ShowTransitionDuration = 0;
            options.SnackbarConfiguration.HideTransitionDuration = 0;
            options.PopoverOptions.CheckForPopoverProvider = false;
        });
    }

    // Some MudBlazor services can only be disposed asynchronously; xunit disposes test classes synchronously.
    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            DisposeAsync().AsTask().GetAwaiter().GetResult();
            return;
        }

        base.Dispose(disposing);
    }
}
