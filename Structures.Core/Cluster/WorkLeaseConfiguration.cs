using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Structures.Core.Cluster;

internal sealed class WorkLeaseConfiguration : IEntityTypeConfiguration<WorkLease>
{
    public void Configure(EntityTypeBuilder<WorkLease> builder)
    {
        builder.ToTable("WorkLeases");
        builder.HasKey(l => l.Name);
        builder.Property(l => l.Name).HasMaxLength(WorkLease.MaxNameLength);
        builder.Property(l => l.Holder).HasMaxLength(WorkLease.MaxNameLength);
    }
}
