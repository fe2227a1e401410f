using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Structures.Core.Structures;

internal sealed class StarbaseDetailConfiguration : IEntityTypeConfiguration<StarbaseDetail>
{
    public void Configure(EntityTypeBuilder<StarbaseDetail> builder)
    {
        builder.ToTable("StarbaseDetails");
        builder.HasKey(d => d.StructureId);
    }
}
