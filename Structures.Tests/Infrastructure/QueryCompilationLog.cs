using System.Collections.Concurrent;
using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.DependencyInjection;
using Structures.Core.Data;

namespace Structures.Tests.Infrastructure;

// Every LINQ query the app's contexts compile, which EF Core does once per query shape and then takes from its cache:
// what a first use pays that later ones do not.
public sealed class QueryCompilationLog : IQueryExpressionInterceptor, IDisposable
{
    private readonly ConcurrentQueue<string> _compiled = new();

    // EF Core keeps compiled queries in one cache for every context of the process unless told otherwise: without a
    // cache of its own, an app under test would find the queries other tests' apps compiled and log nothing.
    private readonly MemoryCache _queryCache = new(new MemoryCacheOptions());

    // Logs the app's contexts on either engine (PostgreSQL's is a context type of its own).
    public void AddTo(IServiceCollection services)
    {
        services.ConfigureDbContext<StructuresDbContext>(Configure);
        services.ConfigureDbContext<PostgresStructuresDbContext>(Configure);
    }

    public void Clear() => _compiled.Clear();

    public IReadOnlyList<string> All => [.. _compiled];

    public Expression QueryCompilationStarting(Expression queryExpression, QueryExpressionEventData eventData)
    {
        _compiled.Enqueue(queryExpression.ToString());
        return queryExpression;
    }

    public void Dispose() => _queryCache.Dispose();

    // A cache of its own gives the app an EF Core service provider of its own, which EF warns of past twenty.
    private void Configure(DbContextOptionsBuilder options) =>
        options.AddInterceptors(this).UseMemoryCache(_queryCache)
            .ConfigureWarnings(w => w.Ignore(CoreEventId.ManyServiceProvidersCreatedWarning));
}
