namespace Structures.Core.Notifications.Payloads;

// A notification's text understood: one record per shape that several ESI types share, read once from the YAML
// (NotificationPayloads.Parse). Renderers, routing and the timer extractor read these, never the YAML.
public abstract record NotificationPayload(NotificationPlace Place);
