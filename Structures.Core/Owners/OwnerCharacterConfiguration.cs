using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Structures.Core.Owners;

internal sealed class OwnerCharacterConfiguration : IEntityTypeConfiguration<OwnerCharacter>
{
    public void Configure(EntityTypeBuilder<OwnerCharacter> builder)
    {
        builder.ToTable("OwnerCharacters");
        builder.HasIndex(c => new { c.OwnerId, c.CharacterId }).IsUnique();
    }
}
