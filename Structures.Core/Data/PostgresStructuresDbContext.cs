using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace Structures.Core.Data;

// The same model on PostgreSQL. A type of its own so that its migrations (PostgresMigrations/) stay apart from
// SQLite's; the app asks for StructuresDbContext and gets this one when Data:Provider is PostgreSQL.
public sealed class PostgresStructuresDbContext(DbContextOptions<PostgresStructuresDbContext> options) : StructuresDbContext(options)
{
    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        // Text compares and sorts byte by byte, as SQLite's default BINARY collation does, whatever the server's locale.
        configurationBuilder.Properties<string>().UseCollation("C");
        // Instants are UTC (timestamp with time zone); a DateTime read back from SQLite or built without a kind is UTC too.
        configurationBuilder.Properties<DateTime>().HaveConversion<UtcDateTimeConverter>();
    }

    private sealed class UtcDateTimeConverter() : ValueConverter<DateTime, DateTime>(
        value => DateTime.SpecifyKind(value, DateTimeKind.Utc),
        value => DateTime.SpecifyKind(value, DateTimeKind.Utc));
}
