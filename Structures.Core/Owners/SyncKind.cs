namespace Structures.Core.Owners;

// What a sync character is picked for: each has its own rotation, spread over that ESI cache window.
public enum SyncKind
{
    Structures,
    Notifications,
}
