using System.ComponentModel.DataAnnotations;

namespace Structures.Core.Data;

public sealed class DataOptions
{
    public const string SectionName = "Data";

    [Required]
    public string ConnectionString { get; set; } = "Data Source=data/structures.db";
}
