using Structures.Core.Localization;

namespace Structures.Core.Owners;

// What owner changes answer and what the owners page warns of, in the viewer's language: OwnerAdminWords.resx holds the
// English, OwnerAdminWords.<language>.resx each translation. The form's data annotations read their message from the
// static property, as data annotations must.
public sealed class OwnerAdminWords
{
    public static string RoleIds => StaticWords<OwnerAdminWords>.Words[nameof(RoleIds)];
}
