namespace Structures.Core.Notices;

public sealed class NoticeOptions
{
    public const string SectionName = "Structures:Notices";

    // Notices to admins in the app (owner added, character disabled, services down and restored); when off they are
    // still recorded but not shown.
    public bool Enabled { get; set; } = true;
}
