using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Structures.Core.Structures;

internal sealed class StructureItemConfiguration : IEntityTypeConfiguration<StructureItem>
{
    public void Configure(EntityTypeBuilder<StructureItem> builder)
    {
        builder.ToTable("StructureItems");
        builder.Property(i => i.Id).ValueGeneratedNever();
    }
}
