using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Structures.Core.Access;

internal sealed class EveCharacterConfiguration : IEntityTypeConfiguration<EveCharacter>
{
    public void Configure(EntityTypeBuilder<EveCharacter> builder)
    {
        builder.ToTable("Characters");
        builder.Property(c => c.Id).ValueGeneratedNever();
        builder.Property(c => c.Name).HasMaxLength(100);
        builder.Property(c => c.OwnerHash).HasMaxLength(100);
        builder.Property(c => c.CorporationName).HasMaxLength(100);
        builder.Property(c => c.AllianceName).HasMaxLength(100);
    }
}
