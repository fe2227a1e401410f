using Structures.Core.Eve;

namespace Structures.Core.Structures;

// Generated tags: the space type of the system, and "sov" while the owner's alliance holds sovereignty there.
// Unlike aa-structures, a lost "sov" is taken off again on the next sync. New structures get the default tags.
internal static class StructureTagger
{
    public const string Sovereignty = "sov";

    private static readonly Dictionary<SpaceType, (string Name, string Style)> SpaceTags = new()
    {
        [SpaceType.HighSec] = ("highsec", "success"),
        [SpaceType.LowSec] = ("lowsec", "warning"),
        [SpaceType.NullSec] = ("nullsec", "danger"),
        [SpaceType.Wormhole] = ("w-space", "info"),
    };

    public static IEnumerable<StructureTag> GeneratedTags() =>
        SpaceTags.Values.Select(t => new StructureTag { Name = t.Name, Style = t.Style, Order = 50, IsUserManaged = false })
            .Append(new StructureTag { Name = Sovereignty, Style = "primary", Order = 20, IsUserManaged = false });

    // tags holds every tag, tracked; generated tags missing from it are created through it.
    public static void Apply(SyncContext context, List<StructureTag> tags)
    {
        var defaults = tags.Where(t => t.IsDefault).ToList();
        foreach (var structure in context.Existing.Values.Where(s => context.Seen.Contains(s.Id)))
        {
            if (context.Added.Contains(structure))
            {
                structure.Tags.AddRange(defaults.Where(d => !structure.Tags.Contains(d)));
            }

            if (!context.Systems.TryGetValue(structure.SolarSystemId, out var system))
            {
                continue;
            }

            var (name, style) = SpaceTags[system.SpaceType];
            structure.Tags.RemoveAll(t => !t.IsUserManaged && t.Name != name && SpaceTags.Values.Any(v => v.Name == t.Name));
            Attach(structure, Generated(tags, name, style, 50));

            var sov = Generated(tags, Sovereignty, "primary", 20);
            if (context.HasSovereignty(structure.SolarSystemId))
            {
                Attach(structure, sov);
            }
            else
            {
                structure.Tags.Remove(sov);
            }
        }
    }

    private static void Attach(Structure structure, StructureTag tag)
    {
        if (!structure.Tags.Contains(tag))
        {
            structure.Tags.Add(tag);
        }
    }

    private static StructureTag Generated(List<StructureTag> tags, string name, string style, int order)
    {
        var tag = tags.FirstOrDefault(t => t.Name == name);
        if (tag is null)
        {
            tag = new StructureTag { Name = name, Style = style, Order = order, IsUserManaged = false };
            tags.Add(tag);
        }

        return tag;
    }
}
