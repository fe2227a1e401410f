namespace Structures.Dashboard.Access;

// The words of the access settings: the page, its grant form, its EVE search and the permission names.
public sealed class AccessText;
