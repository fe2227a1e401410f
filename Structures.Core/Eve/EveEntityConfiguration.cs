using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Structures.Core.Eve;

internal sealed class EveEntityConfiguration : IEntityTypeConfiguration<EveEntity>
{
    public void Configure(EntityTypeBuilder<EveEntity> builder)
    {
        builder.ToTable("EveEntities");
        builder.Property(e => e.Id).ValueGeneratedNever();
    }
}
