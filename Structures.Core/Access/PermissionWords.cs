namespace Structures.Core.Access;

// What access changes answer, permission labels and grantee names, in the viewer's language: PermissionWords.resx holds
// the English, PermissionWords.<language>.resx each translation.
public sealed class PermissionWords;
