using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Structures.Core.Structures;

internal sealed class StructureTagConfiguration : IEntityTypeConfiguration<StructureTag>
{
    public void Configure(EntityTypeBuilder<StructureTag> builder)
    {
        builder.ToTable("StructureTags");
        builder.HasIndex(t => t.Name).IsUnique();
    }
}
