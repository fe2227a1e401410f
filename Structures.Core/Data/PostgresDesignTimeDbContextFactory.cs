using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace Structures.Core.Data;

// The PostgreSQL twin of DesignTimeDbContextFactory: adding a migration never connects, so no server is needed.
internal sealed class PostgresDesignTimeDbContextFactory : IDesignTimeDbContextFactory<PostgresStructuresDbContext>
{
    public PostgresStructuresDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<PostgresStructuresDbContext>().UseNpgsql("Host=localhost;Database=design-time").Options);
}
