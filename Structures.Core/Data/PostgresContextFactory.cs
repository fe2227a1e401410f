using Microsoft.EntityFrameworkCore;

namespace Structures.Core.Data;

// Hands out PostgresStructuresDbContext where the code asks for a StructuresDbContext.
internal sealed class PostgresContextFactory(IDbContextFactory<PostgresStructuresDbContext> contexts) : IDbContextFactory<StructuresDbContext>
{
    public StructuresDbContext CreateDbContext() => contexts.CreateDbContext();

    public async Task<StructuresDbContext> CreateDbContextAsync(CancellationToken cancellationToken = default) =>
        await contexts.CreateDbContextAsync(cancellationToken);
}
