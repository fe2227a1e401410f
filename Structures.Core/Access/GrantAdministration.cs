using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Structures.Core.Data;

namespace Structures.Core.Access;

// Admins give and take back permissions here. Grantees are characters who have signed in, the corporations and
// alliances of those characters and of the owners (the ones Structures knows by name; anyone else EVE names), and
// the members of owner corporations together, whose grants are what every member gets by default.
public sealed class GrantAdministration(IDbContextFactory<StructuresDbContext> contextFactory, Viewers viewers, GranteeLookup lookup, IStringLocalizer<PermissionWords> words, TimeProvider clock)
{
    public async Task<IReadOnlyList<PermissionGrant>> ListAsync(ViewerId viewerId, CancellationToken cancellationToken)
    {
        var viewer = await viewers.ResolveAsync(viewerId, cancellationToken);
        if (!viewer.Can(Permission.ManageSettings))
        {
            return [];
        }

        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        return await db.PermissionGrants.AsNoTracking().OrderBy(g => g.GranteeKind).ThenBy(g => g.GranteeName).ThenBy(g => g.Permission).ToListAsync(cancellationToken);
    }

    public async Task<IReadOnlyList<Grantee>> GranteesAsync(ViewerId viewerId, CancellationToken cancellationToken)
    {
        var viewer = await viewers.ResolveAsync(viewerId, cancellationToken);
        if (!viewer.Can(Permission.ManageSettings))
        {
            return [];
        }

        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var characters = await db.Characters.AsNoTracking().Select(c => new Grantee(GranteeKind.Character, c.Id, c.Name)).ToListAsync(cancellationToken);
        var owners = await db.Owners.AsNoTracking().ToListAsync(cancellationToken);
        var corporations = owners.Select(o => new Grantee(GranteeKind.Corporation, o.CorporationId, o.CorporationName));
        var alliances = owners.Where(o => o.AllianceId is not null).Select(o => new Grantee(GranteeKind.Alliance, o.AllianceId!.Value, o.AllianceName ?? words["AllianceNamed", o.AllianceId]));
        var affiliations = await db.Characters.AsNoTracking().Select(c => new { c.CorporationId, c.CorporationName, c.AllianceId, c.AllianceName }).ToListAsync(cancellationToken);
        var fromCharacters = affiliations.Where(a => a.CorporationId is not null).Select(a => new Grantee(GranteeKind.Corporation, a.CorporationId!.Value, a.CorporationName ?? words["CorporationNamed", a.CorporationId]))
            .Concat(affiliations.Where(a => a.AllianceId is not null).Select(a => new Grantee(GranteeKind.Alliance, a.AllianceId!.Value, a.AllianceName ?? words["AllianceNamed", a.AllianceId])));
        return characters.Concat(corporations).Concat(alliances).Concat(fromCharacters).Append(Grantee.OwnerMembers)
            .DistinctBy(g => (g.Kind, g.Id))
            .OrderBy(g => g.Kind).ThenBy(g => g.Name, StringComparer.OrdinalIgnoreCase)
            .ToList();
    }

    public async Task<ChangeResult> GrantAsync(ViewerId viewerId, Permission permission, GranteeKind kind, long granteeId, CancellationToken cancellationToken)
    {
        var (viewer, refusal) = await viewers.ResolveManagerAsync(viewerId, null, cancellationToken);
        if (refusal is not null)
        {
            return refusal;
        }

        if (!Enum.IsDefined(permission) || !Enum.IsDefined(kind))
        {
            return ChangeResult.Refused(words["ChooseGrant"]);
        }

        var grantee = (await GranteesAsync(viewerId, cancellationToken)).FirstOrDefault(g => g.Kind == kind && g.Id == granteeId)
            ?? await lookup.ByIdAsync(granteeId, cancellationToken);
        if (grantee is null || grantee.Kind != kind)
        {
            return ChangeResult.Refused(words[$"GranteeUnknown_{kind}", granteeId]);
        }

        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        if (await db.PermissionGrants.AnyAsync(g => g.Permission == permission && g.GranteeKind == kind && g.GranteeId == granteeId, cancellationToken))
        {
            return ChangeResult.Refused(words["AlreadyHas", NameOf(kind, grantee.Name), permission.Label()]);
        }

        db.PermissionGrants.Add(new PermissionGrant
        {
            Permission = permission, GranteeKind = kind, GranteeId = granteeId, GranteeName = grantee.Name, GrantedBy = viewer.Name, CreatedAt = clock.GetUtcNow().UtcDateTime,
        });
        await db.SaveChangesAsync(cancellationToken);
        return ChangeResult.Done(words["NowHas", NameOf(kind, grantee.Name), permission.Label()]);
    }

    public async Task<ChangeResult> RevokeAsync(ViewerId viewerId, int grantId, CancellationToken cancellationToken)
    {
        var (viewer, refusal) = await viewers.ResolveManagerAsync(viewerId, null, cancellationToken);
        if (refusal is not null)
        {
            return refusal;
        }

        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var grant = await db.PermissionGrants.SingleOrDefaultAsync(g => g.Id == grantId, cancellationToken);
        if (grant is null)
        {
            return ChangeResult.Refused(words["AlreadyTakenBack"]);
        }

        db.PermissionGrants.Remove(grant);
        await db.SaveChangesAsync(cancellationToken);
        return ChangeResult.Done(words["NoLongerHas", NameOf(grant.GranteeKind, grant.GranteeName), grant.Permission.Label()]);
    }

    // The stored name of the members of owner corporations is a key; they are named in the viewer's language.
    private string NameOf(GranteeKind kind, string name) => kind == GranteeKind.OwnerMembers ? words["OwnerMembers"] : name;
}

public sealed record Grantee(GranteeKind Kind, long Id, string Name)
{
    // Everyone in a corporation that is a structure owner: what is granted to them is what members get by default.
    public static readonly Grantee OwnerMembers = new(GranteeKind.OwnerMembers, 0, "Members of owner corporations");
}
