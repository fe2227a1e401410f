using System.Globalization;
using Microsoft.Extensions.Localization;
using Structures.Core.Esi;
using Structures.Core.Esi.Models;

namespace Structures.Core.Access;

// Finds who may receive a permission in EVE itself: by exact name through ESI's /universe/ids, or by ID through
// /universe/names, so admins can grant to a corporation or alliance nobody here has met yet. Neither needs a token.
public sealed class GranteeLookup(EsiClient esi, Viewers viewers, IStringLocalizer<PermissionWords> words)
{
    public async Task<GranteeSearch> FindAsync(ViewerId viewerId, string text, CancellationToken cancellationToken)
    {
        if (!(await viewers.ResolveAsync(viewerId, cancellationToken)).Can(Permission.ManageSettings))
        {
            return GranteeSearch.Failed(ChangeResult.NotPermitted.Message);
        }

        var query = text.Trim();
        if (query.Length is 0 or > 100)
        {
            return GranteeSearch.Failed(words["LookupEnterName"]);
        }

        if (long.TryParse(query, NumberStyles.None, CultureInfo.InvariantCulture, out var id))
        {
            return await SearchIdAsync(id, cancellationToken);
        }

        var result = await esi.GetIdsAsync([query], cancellationToken);
        if (!result.IsSuccess)
        {
            return GranteeSearch.Failed(words["LookupNameFailed", query, result.Error ?? ""]);
        }

        var ids = result.Value!;
        List<Grantee> found =
        [
            .. Of(GranteeKind.Character, ids.Characters), .. Of(GranteeKind.Corporation, ids.Corporations), .. Of(GranteeKind.Alliance, ids.Alliances),
        ];
        return found.Count > 0
            ? GranteeSearch.Of(found)
            : GranteeSearch.Failed(words["LookupNoName", query]);
    }

    // Null when EVE does not know the ID, it names something else (a system, a type), or ESI cannot be asked.
    public async Task<Grantee?> ByIdAsync(long id, CancellationToken cancellationToken) =>
        (await SearchIdAsync(id, cancellationToken)).First;

    private async Task<GranteeSearch> SearchIdAsync(long id, CancellationToken cancellationToken)
    {
        var result = await esi.GetNamesAsync([id], cancellationToken);
        if (!result.IsSuccess && result.Outcome != EsiOutcome.NotFound)
        {
            return GranteeSearch.Failed(words["LookupIdFailed", id, result.Error ?? ""]);
        }

        var name = result.Value?.SingleOrDefault(n => n.Id == id);
        GranteeKind? kind = name?.Category switch
        {
            "character" => GranteeKind.Character,
            "corporation" => GranteeKind.Corporation,
            "alliance" => GranteeKind.Alliance,
            _ => null,
        };
        return kind is null
            ? GranteeSearch.Failed(words["LookupNoId", id])
            : GranteeSearch.Of([new Grantee(kind.Value, id, name!.Name)]);
    }

    private static IEnumerable<Grantee> Of(GranteeKind kind, List<EsiIdName>? names) =>
        (names ?? []).Select(n => new Grantee(kind, n.Id, n.Name));
}

// Who a search found (most often one; a character and a corporation may share a name), or why nobody.
public sealed record GranteeSearch(IReadOnlyList<Grantee> Found, string? Problem)
{
    public Grantee? First => Found.Count > 0 ? Found[0] : null;

    public static GranteeSearch Of(IReadOnlyList<Grantee> found) => new(found, null);

    public static GranteeSearch Failed(string problem) => new([], problem);
}
