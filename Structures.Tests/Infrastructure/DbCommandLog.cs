using System.Collections.Concurrent;
using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using Structures.Core.Data;

namespace Structures.Tests.Infrastructure;

// Every command the app sends to the database, reads and writes alike, to see which touch a table and how many.
public sealed class DbCommandLog : DbCommandInterceptor
{
    private readonly ConcurrentQueue<string> _sql = new();

    // Logs the app's contexts on either engine (PostgreSQL's is a context type of its own).
    public void AddTo(IServiceCollection services)
    {
        services.ConfigureDbContext<StructuresDbContext>(options => options.AddInterceptors(this));
        services.ConfigureDbContext<PostgresStructuresDbContext>(options => options.AddInterceptors(this));
    }

    public void Clear() => _sql.Clear();

    public IReadOnlyList<string> All => [.. _sql];

    public IReadOnlyList<string> Reading(string table) => [.. _sql.Where(sql => sql.Contains($"FROM {table}", StringComparison.Ordinal))];

    public IReadOnlyList<string> Touching(string table) => [.. _sql.Where(sql => sql.Contains(table, StringComparison.Ordinal))];

    public override InterceptionResult<DbDataReader> ReaderExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result) =>
        Log(command, result);

    public override ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(
        DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default) =>
        ValueTask.FromResult(Log(command, result));

    public override InterceptionResult<int> NonQueryExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<int> result) =>
        Log(command, result);

    public override ValueTask<InterceptionResult<int>> NonQueryExecutingAsync(
        DbCommand command, CommandEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default) =>
        ValueTask.FromResult(Log(command, result));

    public override InterceptionResult<object> ScalarExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<object> result) =>
        Log(command, result);

    public override ValueTask<InterceptionResult<object>> ScalarExecutingAsync(
        DbCommand command, CommandEventData eventData, InterceptionResult<object> result, CancellationToken cancellationToken = default) =>
        ValueTask.FromResult(Log(command, result));

    private T Log<T>(DbCommand command, T result)
    {
        _sql.Enqueue(command.CommandText);
        return result;
    }
}
