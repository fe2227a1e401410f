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

internal sealed class EveSolarSystemConfiguration : IEntityTypeConfiguration<EveSolarSystem>
{
    public void Configure(EntityTypeBuilder<EveSolarSystem> builder)
    {
        builder.ToTable("EveSolarSystems");
        builder.Property(s => s.Id).ValueGeneratedNever();
    }
}

internal sealed class EveCelestialConfiguration : IEntityTypeConfiguration<EveCelestial>
{
    public void Configure(EntityTypeBuilder<EveCelestial> builder)
    {
        builder.ToTable("EveCelestials");
        builder.Property(c => c.Id).ValueGeneratedNever();
        builder.HasIndex(c => c.SolarSystemId);
    }
}

internal sealed class EveEntityConfiguration : IEntityTypeConfiguration<EveEntity>
{
    public void Configure(EntityTypeBuilder<EveEntity> builder)
    {
        builder.ToTable("EveEntities");
        builder.Property(e => e.Id).ValueGeneratedNever();
    }
}

internal sealed class EveSovereigntyConfiguration : IEntityTypeConfiguration<EveSovereignty>
{
    public void Configure(EntityTypeBuilder<EveSovereignty> builder)
    {
        builder.ToTable("EveSovereignty");
        builder.HasKey(s => s.SolarSystemId);
        builder.Property(s => s.SolarSystemId).ValueGeneratedNever();
    }
}
