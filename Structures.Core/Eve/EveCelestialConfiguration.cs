using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Structures.Core.Eve;

internal sealed class EveCelestialConfiguration : IEntityTypeConfiguration<EveCelestial>
{
    public void Configure(EntityTypeBuilder<EveCelestial> builder)
    {
        builder.ToTable("EveCelestials");
        builder.Property(c => c.Id).ValueGeneratedNever();
        builder.HasIndex(c => c.SolarSystemId);
    }
}
