using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Structures.Core.Owners;

namespace Structures.Core.Structures;

internal sealed class StructureConfiguration : IEntityTypeConfiguration<Structure>
{
    // The join of structures and their tags, an entity of its own name.
    internal const string TagLinks = "StructureTagLinks";

    public void Configure(EntityTypeBuilder<Structure> builder)
    {
        builder.ToTable("Structures");
        builder.Property(s => s.Id).ValueGeneratedNever();
        builder.Property(s => s.Name).HasMaxLength(255);
        builder.HasIndex(s => s.OwnerId);
        builder.HasOne<Owner>().WithMany().HasForeignKey(s => s.OwnerId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(s => s.Services).WithOne().HasForeignKey(x => x.StructureId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(s => s.Items).WithOne().HasForeignKey(x => x.StructureId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne(s => s.Starbase).WithOne().HasForeignKey<StarbaseDetail>(x => x.StructureId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne(s => s.CustomsOffice).WithOne().HasForeignKey<CustomsOfficeDetail>(x => x.StructureId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(s => s.Tags).WithMany(t => t.Structures).UsingEntity(TagLinks);
        builder.HasMany(s => s.Webhooks).WithMany().UsingEntity("StructureWebhooks");
    }
}
