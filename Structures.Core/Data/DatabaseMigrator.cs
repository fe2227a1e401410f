using System.Data.Common;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Structures.Core.Notifications;

namespace Structures.Core.Data;

// Applies migrations before anything else starts, so the app never runs against an old schema, and refuses a
// database of the other kind (demo or real, see DatabaseMark) before touching it.
public sealed class DatabaseMigrator(
    IDbContextFactory<StructuresDbContext> contextFactory,
    DatabasePurpose purpose,
    ILogger<DatabaseMigrator> logger) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var dataSource = new SqliteConnectionStringBuilder(db.Database.GetConnectionString()).DataSource;
        EnsureDataFolder(dataSource);
        await db.Database.OpenConnectionAsync(cancellationToken);
        var connection = db.Database.GetDbConnection();
        var mark = Convert.ToInt32(await ScalarAsync(connection, "PRAGMA application_id", cancellationToken), System.Globalization.CultureInfo.InvariantCulture);
        if (DatabaseMark.Refusal(mark, await HasDemoGrantsAsync(connection, cancellationToken), purpose, dataSource) is { } refusal)
        {
            throw new StartupRefusedException(refusal);
        }

        var pending = (await db.Database.GetPendingMigrationsAsync(cancellationToken)).ToList();
        await db.Database.MigrateAsync(cancellationToken);
        if (NotificationSubjectBackfill.IsDue(pending))
        {
            logger.NotificationSubjectsAssigned(await NotificationSubjectBackfill.AssignAsync(db, cancellationToken));
        }

        await ScalarAsync(connection, $"PRAGMA application_id = {DatabaseMark.For(purpose)}", cancellationToken);
        logger.DatabaseReady(pending.Count);
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    private static async Task<bool> HasDemoGrantsAsync(DbConnection connection, CancellationToken cancellationToken) =>
        Convert.ToInt64(await ScalarAsync(connection, "SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = 'PermissionGrants'", cancellationToken), System.Globalization.CultureInfo.InvariantCulture) > 0
        && Convert.ToInt64(await ScalarAsync(connection, $"SELECT count(*) FROM PermissionGrants WHERE GrantedBy = '{DatabaseMark.DemoGrantor}'", cancellationToken), System.Globalization.CultureInfo.InvariantCulture) > 0;

    private static async Task<object?> ScalarAsync(DbConnection connection, string sql, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        return await command.ExecuteScalarAsync(cancellationToken);
    }

    private static void EnsureDataFolder(string dataSource)
    {
        if (string.IsNullOrEmpty(dataSource) || dataSource == ":memory:" || dataSource.StartsWith("file:", StringComparison.Ordinal))
        {
            return;
        }

        var folder = Path.GetDirectoryName(Path.GetFullPath(dataSource));
        if (!string.IsNullOrEmpty(folder))
        {
            Directory.CreateDirectory(folder);
        }
    }
}
