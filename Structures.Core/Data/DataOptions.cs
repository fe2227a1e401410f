using System.ComponentModel.DataAnnotations;

namespace Structures.Core.Data;

public sealed class DataOptions
{
    public const string SectionName = "Data";

    public DatabaseProvider Provider { get; set; } = DatabaseProvider.Sqlite;

    // SQLite: "Data Source=data/structures.db". PostgreSQL: "Host=db;Database=structures;Username=structures;Password=...".
    [Required]
    public string ConnectionString { get; set; } = "Data Source=data/structures.db";
}
