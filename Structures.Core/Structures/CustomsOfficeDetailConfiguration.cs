using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Structures.Core.Structures;

internal sealed class CustomsOfficeDetailConfiguration : IEntityTypeConfiguration<CustomsOfficeDetail>
{
    public void Configure(EntityTypeBuilder<CustomsOfficeDetail> builder)
    {
        builder.ToTable("CustomsOfficeDetails");
        builder.HasKey(d => d.StructureId);
    }
}
