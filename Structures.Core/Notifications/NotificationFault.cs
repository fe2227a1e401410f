namespace Structures.Core.Notifications;

// One notification's failure at one stage of its processing, in words stored on it (ARCHITECTURE.md, decision 14):
// "render: ArgumentOutOfRangeException: ...". Only the pure work on a notification is run through here; database
// and network errors belong to the owner's run, which is retried as a whole.
public static class NotificationFault
{
    public const string Parse = "parse";
    public const string Route = "route";
    public const string Render = "render";
    public const string Enqueue = "enqueue";
    public const string Timer = "timer";

    private const int MaxLength = 1000;

    public static string Describe(string stage, Exception exception)
    {
        var text = $"{stage}: {exception.GetType().Name}: {exception.Message}";
        return text.Length <= MaxLength ? text : text[..MaxLength];
    }
}
