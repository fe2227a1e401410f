namespace Structures.Dashboard.Webhooks;

// The words of the webhook settings pages, shared by their small components (WebhookText.resx and its languages).
public sealed class WebhookText;
