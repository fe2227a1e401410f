using Structures.Core.Notifications.Payloads;

namespace Structures.Core.Notifications;

// A notification's text read once, where its processing starts: the row with the text understood (its keys and the
// record of its type), or why it could not be read. Routing, rendering and timers take this and never read the YAML.
public sealed record ParsedNotification(Notification Row, NotificationText? Text, NotificationPayload? Payload, string? ParseError, string? Fault)
{
    public string Type => Row.Type;

    // An unreadable text is a parse error; a text that makes reading it throw is this notification's fault alone.
    public static ParsedNotification Parse(Notification row)
    {
        try
        {
            var (text, error) = NotificationText.Parse(row.Text);
            return text is null ? new(row, null, null, error, null) : new(row, text, NotificationPayloads.Read(row.Type, text), null, null);
        }
        catch (Exception ex)
        {
            return new(row, null, null, null, NotificationFault.Describe(NotificationFault.Parse, ex));
        }
    }
}
