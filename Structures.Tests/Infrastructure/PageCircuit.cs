using Microsoft.Playwright;

namespace Structures.Tests.Infrastructure;

// A page's circuit is connected once the app bar's EVE clock marks itself live. A link clicked or a menu opened before
// that can be lost while the circuit connects, so browser steps that act right after a page loads wait for it.
internal static class PageCircuit
{
    public static Task WaitUntilLiveAsync(this IPage page) =>
        page.Locator("[data-testid=eve-clock][data-live]").WaitForAsync(new LocatorWaitForOptions { State = WaitForSelectorState.Attached });

    // Nothing on the page reaches past the screen's right edge, so it never scrolls sideways. The screen's width, not the
    // window's: a phone widens its layout to fit content that overflows, and zooms out.
    public static Task<bool> FitsTheScreenAsync(this IPage page) =>
        page.EvaluateAsync<bool>("() => document.documentElement.scrollWidth <= screen.width");
}
