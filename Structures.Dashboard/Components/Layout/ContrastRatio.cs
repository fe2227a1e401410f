using MudBlazor.Utilities;

namespace Structures.Dashboard.Components.Layout;

// WCAG 2.1's contrast ratio (https://www.w3.org/TR/WCAG21/#dfn-contrast-ratio): 1 (same colour) to 21 (black on white).
// A translucent text colour is first laid over its opaque background, as the browser draws it.
public static class ContrastRatio
{
    public const double NormalText = 4.5;

    public static double Of(MudColor foreground, MudColor background)
    {
        var alpha = foreground.A / 255.0;
        var shown = new[] { (foreground.R, background.R), (foreground.G, background.G), (foreground.B, background.B) }
            .Select(c => alpha * c.Item1 + (1 - alpha) * c.Item2)
            .ToArray();
        var lighter = Luminance(shown[0], shown[1], shown[2]);
        var darker = Luminance(background.R, background.G, background.B);
        if (lighter < darker)
        {
            (lighter, darker) = (darker, lighter);
        }

        return (lighter + 0.05) / (darker + 0.05);
    }

    private static double Luminance(double red, double green, double blue) =>
        0.2126 * Linear(red) + 0.7152 * Linear(green) + 0.0722 * Linear(blue);

    private static double Linear(double channel)
    {
        var c = channel / 255.0;
        return c <= 0.04045 ? c / 12.92 : Math.Pow((c + 0.055) / 1.055, 2.4);
    }
}
