namespace Structures.Core.Owners;

// What owner changes answer and what the owners page warns of, in the viewer's language: OwnerAdminWords.resx holds the
// English, OwnerAdminWords.<language>.resx each translation.
public sealed class OwnerAdminWords;
