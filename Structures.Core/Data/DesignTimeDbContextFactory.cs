using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace Structures.Core.Data;

// Lets `dotnet ef migrations add` build the context without starting the web host (README: "Adding a migration").
internal sealed class DesignTimeDbContextFactory : IDesignTimeDbContextFactory<StructuresDbContext>
{
    public StructuresDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<StructuresDbContext>().UseSqlite("Data Source=design-time.db").Options);
}
