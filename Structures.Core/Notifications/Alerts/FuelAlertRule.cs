namespace Structures.Core.Notifications.Alerts;

// "Warn between Start and End hours before fuel runs out, every Repeat hours" (0 = once).
public sealed class FuelAlertRule
{
    public int Id { get; set; }
    public int StartHours { get; set; }
    public int EndHours { get; set; }
    public int RepeatHours { get; set; }
    public NotificationColour Colour { get; set; } = NotificationColour.Warning;
    public AlertPing Ping { get; set; } = AlertPing.Here;
    public bool IsEnabled { get; set; } = true;

    // The hour bucket an alert for hoursLeft belongs to; each bucket is alerted once (aa-structures §3.8).
    public int? Bucket(double hoursLeft)
    {
        if (hoursLeft > StartHours || hoursLeft < EndHours)
        {
            return null;
        }

        return RepeatHours <= 0 ? StartHours : StartHours - ((int)Math.Floor((StartHours - hoursLeft) / RepeatHours) * RepeatHours);
    }
}

public enum AlertPing
{
    None,
    Here,
    Everyone,
}
