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

internal sealed class StructureServiceConfiguration : IEntityTypeConfiguration<StructureService>
{
    public void Configure(EntityTypeBuilder<StructureService> builder)
    {
        builder.ToTable("StructureServices");
        builder.HasIndex(s => new { s.StructureId, s.Name }).IsUnique();
    }
}

internal sealed class StructureTagConfiguration : IEntityTypeConfiguration<StructureTag>
{
    public void Configure(EntityTypeBuilder<StructureTag> builder)
    {
        builder.ToTable("StructureTags");
        builder.HasIndex(t => t.Name).IsUnique();
    }
}

internal sealed class StarbaseDetailConfiguration : IEntityTypeConfiguration<StarbaseDetail>
{
    public void Configure(EntityTypeBuilder<StarbaseDetail> builder)
    {
        builder.ToTable("StarbaseDetails");
        builder.HasKey(d => d.StructureId);
    }
}

internal sealed class CustomsOfficeDetailConfiguration : IEntityTypeConfiguration<CustomsOfficeDetail>
{
    public void Configure(EntityTypeBuilder<CustomsOfficeDetail> builder)
    {
        builder.ToTable("CustomsOfficeDetails");
        builder.HasKey(d => d.StructureId);
    }
}
