using System.Collections.Concurrent;
using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using Structures.Core.Data;

namespace Structures.Tests.Infrastructure;

// Every LINQ query the app's contexts compile, which EF Core does once per query shape and then takes from its cache:
// what a first use pays that later ones do not.
public sealed class QueryCompilationLog : IQueryExpressionInterceptor
{
    private readonly ConcurrentQueue<string> _compiled = new();

    // Logs the app's contexts on either engine (PostgreSQL's is a context type of its own).
    public void AddTo(IServiceCollection services)
    {
        services.ConfigureDbContext<StructuresDbContext>(options => options.AddInterceptors(this));
        services.ConfigureDbContext<PostgresStructuresDbContext>(options => options.AddInterceptors(this));
    }

    public void Clear() => _compiled.Clear();

    public IReadOnlyList<string> All => [.. _compiled];

    public Expression QueryCompilationStarting(Expression queryExpression, QueryExpressionEventData eventData)
    {
        _compiled.Enqueue(queryExpression.ToString());
        return queryExpression;
    }
}
