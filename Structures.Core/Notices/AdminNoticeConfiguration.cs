using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Structures.Core.Notices;

internal sealed class AdminNoticeConfiguration : IEntityTypeConfiguration<AdminNotice>
{
    public void Configure(EntityTypeBuilder<AdminNotice> builder)
    {
        builder.ToTable("AdminNotices");
        builder.HasIndex(n => n.CreatedAt);
        builder.Property(n => n.Title).HasMaxLength(200);
        builder.Property(n => n.Kind).HasMaxLength(64);
    }
}
