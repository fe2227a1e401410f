namespace Structures.Core.Notifications.Alerts;

// Warn once when a jump gate's liquid ozone drops below the threshold; re-armed when it is filled above it.
public sealed class JumpFuelAlertRule
{
    public int Id { get; set; }
    public long Threshold { get; set; }
    public NotificationColour Colour { get; set; } = NotificationColour.Warning;
    public AlertPing Ping { get; set; } = AlertPing.Here;
    public bool IsEnabled { get; set; } = true;
}
