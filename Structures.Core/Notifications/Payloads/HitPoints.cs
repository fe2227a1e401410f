namespace Structures.Core.Notifications.Payloads;

// Shield, armor and hull left, in percent. Upwell texts give percentages, starbases and customs offices
// fractions of 1 (aa-structures §3.12); both are read into percent.
public sealed record HitPoints(double? Shield, double? Armor, double? Hull)
{
    internal static HitPoints FromFractions(double? shield, double? armor, double? hull) =>
        new(Percent(shield), Percent(armor), Percent(hull));

    // A fraction so large that its percentage overflows is as unknown as none.
    private static double? Percent(double? fraction) => fraction * 100 is { } percent && double.IsFinite(percent) ? percent : null;
}
