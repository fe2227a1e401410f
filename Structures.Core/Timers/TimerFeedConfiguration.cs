using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Structures.Core.Timers;

internal sealed class TimerFeedConfiguration : IEntityTypeConfiguration<TimerFeed>
{
    public void Configure(EntityTypeBuilder<TimerFeed> builder)
    {
        builder.ToTable("TimerFeeds");
        builder.Property(f => f.OwnerHash).HasMaxLength(200);
        builder.Property(f => f.SecretHash).HasMaxLength(64);
        builder.HasIndex(f => f.SecretHash).IsUnique();
        builder.HasIndex(f => f.CharacterId).IsUnique();
    }
}
