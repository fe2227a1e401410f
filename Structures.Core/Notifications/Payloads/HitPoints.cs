namespace Structures.Core.Notifications.Payloads;

// Shield, armor and hull left, in percent. Upwell texts give percentages, starbases and customs offices
// fractions of 1 (aa-structures §3.12); both are read into percent.
public sealed record HitPoints(double? Shield, double? Armor, double? Hull)
{
    internal static HitPoints FromFractions(double? shield, double? armor, double? hull) =>
        new(shield * 100, armor * 100, hull * 100);
}
