using MudBlazor;

namespace Structures.Dashboard.Components.Layout;

// MudBlazor's dark palette with every text colour lifted to WCAG 2.1 AA (4.5:1) on the surfaces it is drawn on:
// lighter primary, info, success, warning and error for text and links, and dark text on chips and filled buttons
// of those colours, where white reads at 2:1. Alerts write in the "darken" shade, which here is the colour itself.
public static class AppTheme
{
    private const string DarkText = "#1b1b22";

    // EVE's security colours (high sec blue-green, low sec orange, null sec red), light enough to read on the board.
    public const string HighSecurity = "#2fefef";
    public const string LowSecurity = "#ff9a3c";
    public const string NullSecurity = "#ff8080";

    public static MudTheme Theme { get; } = new()
    {
        PaletteDark = new PaletteDark
        {
            Primary = "#a79fff",
            PrimaryDarken = "#a79fff",
            PrimaryContrastText = DarkText,
            Secondary = "#ff8ab0",
            SecondaryContrastText = DarkText,
            Info = "#6cb4ff",
            InfoDarken = "#6cb4ff",
            InfoContrastText = DarkText,
            Success = "#3ddc97",
            SuccessDarken = "#3ddc97",
            SuccessContrastText = DarkText,
            Warning = "#ffa800",
            WarningDarken = "#ffa800",
            WarningContrastText = DarkText,
            Error = "#ff8a95",
            ErrorDarken = "#ff8a95",
            ErrorContrastText = DarkText,
            TextSecondary = "rgba(255,255,255,0.65)",
            DrawerText = "rgba(255,255,255,0.75)",
            DrawerIcon = "rgba(255,255,255,0.75)",
        },
    };

    public static string SecurityColour(double security) => security switch
    {
        >= 0.45 => HighSecurity,
        > 0.0 => LowSecurity,
        _ => NullSecurity,
    };
}
