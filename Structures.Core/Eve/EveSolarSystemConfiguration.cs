using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Structures.Core.Eve;

internal sealed class EveSolarSystemConfiguration : IEntityTypeConfiguration<EveSolarSystem>
{
    public void Configure(EntityTypeBuilder<EveSolarSystem> builder)
    {
        builder.ToTable("EveSolarSystems");
        builder.Property(s => s.Id).ValueGeneratedNever();
    }
}
