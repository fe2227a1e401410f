using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Structures.Core.Eve;

internal sealed class EveSovereigntyConfiguration : IEntityTypeConfiguration<EveSovereignty>
{
    public void Configure(EntityTypeBuilder<EveSovereignty> builder)
    {
        builder.ToTable("EveSovereignty");
        builder.HasKey(s => s.SolarSystemId);
        builder.Property(s => s.SolarSystemId).ValueGeneratedNever();
    }
}
