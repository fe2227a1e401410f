using MudBlazor.Utilities;
using Structures.Dashboard.Components.Layout;

namespace Structures.Tests.Dashboard.Components.Layout;

public sealed class AppThemeTests
{
    private static readonly MudBlazor.Palette Palette = AppTheme.Theme.PaletteDark;

    public static TheoryData<string, string, string> TextOnSurfaces()
    {
        var data = new TheoryData<string, string, string>();
        var texts = new Dictionary<string, MudColor>
        {
            ["primary"] = Palette.Primary, ["info"] = Palette.Info, ["success"] = Palette.Success, ["warning"] = Palette.Warning,
            ["error"] = Palette.Error, ["secondary"] = Palette.Secondary, ["text"] = Palette.TextPrimary, ["secondary text"] = Palette.TextSecondary,
            ["high sec"] = AppTheme.HighSecurity, ["low sec"] = AppTheme.LowSecurity, ["null sec"] = AppTheme.NullSecurity,
        };
        foreach (var (name, colour) in texts)
        {
            data.Add(name, colour.ToString(MudColorOutputFormats.RGBA), Palette.Surface.ToString(MudColorOutputFormats.Hex));
            data.Add(name, colour.ToString(MudColorOutputFormats.RGBA), Palette.Background.ToString(MudColorOutputFormats.Hex));
        }

        var alerts = new Dictionary<string, (MudColor Text, MudColor Colour)>
        {
            ["primary"] = (Palette.PrimaryDarken, Palette.Primary), ["info"] = (Palette.InfoDarken, Palette.Info), ["success"] = (Palette.SuccessDarken, Palette.Success),
            ["warning"] = (Palette.WarningDarken, Palette.Warning), ["error"] = (Palette.ErrorDarken, Palette.Error),
        };
        foreach (var (name, (text, colour)) in alerts)
        {
            foreach (var surface in new[] { Palette.Surface, Palette.Background })
            {
                var tinted = ContrastRatio.Over(colour.SetAlpha(Palette.HoverOpacity), surface);
                data.Add($"{name} alert", text.ToString(MudColorOutputFormats.RGBA), tinted.ToString(MudColorOutputFormats.Hex));
            }
        }

        data.Add("app bar", Palette.AppbarText.ToString(MudColorOutputFormats.RGBA), Palette.AppbarBackground.ToString(MudColorOutputFormats.Hex));
        data.Add("drawer", Palette.DrawerText.ToString(MudColorOutputFormats.RGBA), Palette.DrawerBackground.ToString(MudColorOutputFormats.Hex));
        data.Add("on primary", Palette.PrimaryContrastText.ToString(MudColorOutputFormats.RGBA), Palette.Primary.ToString(MudColorOutputFormats.Hex));
        data.Add("on success (Sent chip)", Palette.SuccessContrastText.ToString(MudColorOutputFormats.RGBA), Palette.Success.ToString(MudColorOutputFormats.Hex));
        data.Add("on warning (demo chip)", Palette.WarningContrastText.ToString(MudColorOutputFormats.RGBA), Palette.Warning.ToString(MudColorOutputFormats.Hex));
        data.Add("on error", Palette.ErrorContrastText.ToString(MudColorOutputFormats.RGBA), Palette.Error.ToString(MudColorOutputFormats.Hex));
        data.Add("on info", Palette.InfoContrastText.ToString(MudColorOutputFormats.RGBA), Palette.Info.ToString(MudColorOutputFormats.Hex));
        return data;
    }

    [Theory]
    [MemberData(nameof(TextOnSurfaces))]
    public void Palette_TextOnItsBackground_MeetsWcagAA(string what, string text, string background)
    {
        var ratio = ContrastRatio.Of(new MudColor(text), new MudColor(background));

        ratio.Should().BeGreaterThanOrEqualTo(ContrastRatio.NormalText, $"{what} ({text} on {background}) is read as normal-size text");
    }

    [Theory]
    [InlineData("#000000", "#ffffff", 21.0)]
    [InlineData("#ffffff", "#ffffff", 1.0)]
    [InlineData("#776be7", "#373740", 2.83)]
    [InlineData("#ffffff", "#ffa800", 1.93)]
    [InlineData("rgba(255,255,255,0.5)", "#373740", 4.26)]
    public void Of_KnownPairs_GivesWcagRatio(string foreground, string background, double expected)
    {
        ContrastRatio.Of(new MudColor(foreground), new MudColor(background)).Should().BeApproximately(expected, 0.02);
    }

    [Theory]
    [InlineData(1.0, AppTheme.HighSecurity)]
    [InlineData(0.45, AppTheme.HighSecurity)]
    [InlineData(0.4, AppTheme.LowSecurity)]
    [InlineData(0.1, AppTheme.LowSecurity)]
    [InlineData(0.0, AppTheme.NullSecurity)]
    [InlineData(-0.5, AppTheme.NullSecurity)]
    public void SecurityColour_BySecurityStatus_FollowsEveBands(double security, string expected)
    {
        AppTheme.SecurityColour(security).Should().Be(expected);
    }
}
