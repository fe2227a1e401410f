using Microsoft.Extensions.DependencyInjection;
using MudBlazor.Services;

namespace Structures.Tests.Infrastructure;

// bUnit with MudBlazor as the app sets it up, minus transitions, and JS interop left loose.
public abstract class ComponentTest : BunitContext
{
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
