using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Structures.Core.Eve;

internal sealed class EveTypeConfiguration : IEntityTypeConfiguration<EveType>
{
    public void Configure(EntityTypeBuilder<EveType> builder)
    {
        builder.ToTable("EveTypes");
        builder.Property(t => t.Id).ValueGeneratedNever();
    }
}
