using MudBlazor.Utilities;

namespace Structures.Dashboard.Components.Layout;

// WCAG 2.1's contrast ratio (https://www.w3.org/TR/WCAG21/#dfn-contrast-ratio): 1 (same colour) to 21 (black on white).
// A translucent text colour is first laid over its opaque background, as the browser draws it.
public static class ContrastRatio
{
    public const double NormalText = 4.5;

    public static double Of(MudColor foreground, MudColor background)
    {
        var shown = Over(foreground, background);
        var lighter = Luminance(shown);
        var darker = Luminance(background);
        if (lighter < darker)
        {
            (lighter, darker) = (darker, lighter);
        }

        return (lighter + 0.05) / (darker + 0.05);
    }

    // The opaque colour the browser draws where a translucent colour lies over an opaque one.
    public static MudColor Over(MudColor top, MudColor below)
    {
        var alpha = top.A / 255.0;
        byte Mix(byte up, byte down) => (byte)Math.Round(alpha * up + (1 - alpha) * down);
        return new MudColor(Mix(top.R, below.R), Mix(top.G, below.G), Mix(top.B, below.B), (byte)255);
    }

    private static double Luminance(MudColor colour) =>
        0.2126 * Linear(colour.R) + 0.7152 * Linear(colour.G) + 0.0722 * Linear(colour.B);

    private static double Linear(double channel)
    {
        var c = channel / 255.0;
        return c <= 0.04045 ? c / 12.92 : Math.Pow((c + 0.055) / 1.055, 2.4);
    }
}
