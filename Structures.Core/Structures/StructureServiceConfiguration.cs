using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Structures.Core.Structures;

internal sealed class StructureServiceConfiguration : IEntityTypeConfiguration<StructureService>
{
    public void Configure(EntityTypeBuilder<StructureService> builder)
    {
        builder.ToTable("StructureServices");
        builder.HasIndex(s => new { s.StructureId, s.Name }).IsUnique();
    }
}
