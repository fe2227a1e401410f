using System.ComponentModel.DataAnnotations;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Structures.Core.Access;
using Structures.Core.Data;
using Structures.Core.Live;

namespace Structures.Core.Structures;

// Admins keep their own tags (the sync keeps the generated ones) and put them on structures.
public sealed class TagAdministration(IDbContextFactory<StructuresDbContext> contextFactory, Viewers viewers, DashboardEvents events, IStringLocalizer<TagWords> words)
{
    public static readonly IReadOnlyList<string> Styles = ["default", "primary", "secondary", "info", "success", "warning", "error", "dark"];

    public async Task<IReadOnlyList<StructureTag>> ListAsync(ViewerId viewerId, CancellationToken cancellationToken)
    {
        if (!(await viewers.ResolveAsync(viewerId, cancellationToken)).Can(Permission.ManageSettings))
        {
            return [];
        }

        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        return await db.StructureTags.AsNoTracking().OrderBy(t => t.Order).ThenBy(t => t.Name).ToListAsync(cancellationToken);
    }

    public async Task<ChangeResult> SaveAsync(ViewerId viewerId, int? tagId, TagForm form, CancellationToken cancellationToken)
    {
        var (viewer, refusal) = await viewers.ResolveManagerAsync(viewerId, form, cancellationToken);
        if (refusal is not null)
        {
            return refusal;
        }

        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var name = form.Name.Trim();
        if (await db.StructureTags.AnyAsync(t => t.Name == name && t.Id != tagId, cancellationToken))
        {
            return ChangeResult.Refused(words["NameTaken", name]);
        }

        var tag = tagId is { } id ? await db.StructureTags.SingleOrDefaultAsync(t => t.Id == id, cancellationToken) : db.StructureTags.Add(new StructureTag { Name = name }).Entity;
        if (tag is null || !tag.IsUserManaged)
        {
            return ChangeResult.Refused(words["OnlyOwnChanged"]);
        }

        tag.Name = name;
        tag.Description = form.Description.Trim();
        tag.Style = form.Style;
        tag.Order = form.Order;
        tag.IsDefault = form.IsDefault;
        await db.SaveChangesAsync(cancellationToken);
        return ChangeResult.Done(words["Saved", name]);
    }

    public async Task<ChangeResult> DeleteAsync(ViewerId viewerId, int tagId, CancellationToken cancellationToken)
    {
        var (viewer, refusal) = await viewers.ResolveManagerAsync(viewerId, null, cancellationToken);
        if (refusal is not null)
        {
            return refusal;
        }

        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var tag = await db.StructureTags.SingleOrDefaultAsync(t => t.Id == tagId, cancellationToken);
        if (tag is null || !tag.IsUserManaged)
        {
            return ChangeResult.Refused(words["OnlyOwnDeleted"]);
        }

        db.StructureTags.Remove(tag);
        await db.SaveChangesAsync(cancellationToken);
        events.Publish(new StructuresChanged(0));
        return ChangeResult.Done(words["Deleted", tag.Name]);
    }

    // Sets a structure's own tags; generated tags stay as the sync made them.
    public async Task<ChangeResult> SetStructureTagsAsync(ViewerId viewerId, long structureId, IReadOnlyCollection<int> tagIds, CancellationToken cancellationToken)
    {
        var (viewer, refusal) = await viewers.ResolveManagerAsync(viewerId, null, cancellationToken);
        if (refusal is not null)
        {
            return refusal;
        }

        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var structure = await db.VisibleStructures(viewer).Include(s => s.Tags).SingleOrDefaultAsync(s => s.Id == structureId, cancellationToken);
        if (structure is null)
        {
            return ChangeResult.Refused(words["NoSuchStructure"]);
        }

        var ids = tagIds.ToList();
        var chosen = await db.StructureTags.Where(t => ids.Contains(t.Id) && t.IsUserManaged).ToListAsync(cancellationToken);
        structure.Tags.RemoveAll(t => t.IsUserManaged && !chosen.Contains(t));
        structure.Tags.AddRange(chosen.Where(t => !structure.Tags.Contains(t)));
        await db.SaveChangesAsync(cancellationToken);
        events.Publish(StructuresChanged.Naming(structure.OwnerId, [structure.Id]));
        return ChangeResult.Done(words["StructureTagsSaved", structure.Name]);
    }
}

public sealed class TagForm
{
    [Required(ErrorMessageResourceType = typeof(TagWords), ErrorMessageResourceName = nameof(TagWords.NameRequired))]
    [StringLength(40, ErrorMessageResourceType = typeof(TagWords), ErrorMessageResourceName = nameof(TagWords.NameTooLong))]
    [RegularExpression(@"^[^,;]+$", ErrorMessageResourceType = typeof(TagWords), ErrorMessageResourceName = nameof(TagWords.NameSeparators))]
    public string Name { get; set; } = "";

    [StringLength(200)]
    public string Description { get; set; } = "";

    [RegularExpression("^(default|primary|secondary|info|success|warning|error|dark)$", ErrorMessageResourceType = typeof(TagWords), ErrorMessageResourceName = nameof(TagWords.StyleChoice))]
    public string Style { get; set; } = "default";

    [Range(0, 1000, ErrorMessageResourceType = typeof(TagWords), ErrorMessageResourceName = nameof(TagWords.OrderRange))]
    public int Order { get; set; } = 100;

    public bool IsDefault { get; set; }

    public static TagForm Of(StructureTag tag) => new() { Name = tag.Name, Description = tag.Description, Style = tag.Style, Order = tag.Order, IsDefault = tag.IsDefault };
}
