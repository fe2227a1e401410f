using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Structures.Core.Access;

internal sealed class PermissionGrantConfiguration : IEntityTypeConfiguration<PermissionGrant>
{
    public void Configure(EntityTypeBuilder<PermissionGrant> builder)
    {
        builder.Property(g => g.Permission).HasConversion<string>().HasMaxLength(40);
        builder.Property(g => g.GranteeKind).HasConversion<string>().HasMaxLength(20);
        builder.Property(g => g.GranteeName).HasMaxLength(100);
        builder.Property(g => g.GrantedBy).HasMaxLength(100);
        builder.HasIndex(g => new { g.Permission, g.GranteeKind, g.GranteeId }).IsUnique();
    }
}
