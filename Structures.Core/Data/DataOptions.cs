using System.ComponentModel.DataAnnotations;

namespace Structures.Core.Data;

public sealed class DataOptions
{
    public const string SectionName = "Data";

    public DatabaseProvider Provider { get; set; } = DatabaseProvider.Sqlite;

    // Whether several instances may share the database, so schedules, webhook drains and owner work are claimed in it
    // and the live feed crosses instances: PostgreSQL. SQLite serves one instance only (a second is refused).
    public bool IsShared => Provider == DatabaseProvider.PostgreSQL;

    // SQLite: "Data Source=data/structures.db". PostgreSQL: "Host=db;Database=structures;Username=structures;Password=...".
    [Required]
    public string ConnectionString { get; set; } = "Data Source=data/structures.db";
}
