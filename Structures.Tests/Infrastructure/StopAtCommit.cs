using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using Structures.Core.Data;

namespace Structures.Tests.Infrastructure;

// Stops whoever armed it the moment the commit of their write of a given entity type starts, as a host's stop can:
// the token is cancelled between EF beginning the commit and the database doing it. Inside a transaction the caller
// began, a save commits nothing but makes a savepoint first: the stop comes then. Armed per async flow, so other work
// in the app commits as usual.
internal sealed class StopAtCommit : DbTransactionInterceptor
{
    private static readonly AsyncLocal<(CancellationTokenSource Stopping, Type Writing)?> Armed = new();

    public static StopAtCommit Instance { get; } = new();

    // Watches the app's contexts on either engine.
    public static void AddTo(IServiceCollection services)
    {
        services.ConfigureDbContext<StructuresDbContext>(options => options.AddInterceptors(Instance));
        services.ConfigureDbContext<PostgresStructuresDbContext>(options => options.AddInterceptors(Instance));
    }

    public static void Arm<TEntity>(CancellationTokenSource stopping) => Armed.Value = (stopping, typeof(TEntity));

    public override async ValueTask<InterceptionResult> TransactionCommittingAsync(
        DbTransaction transaction, TransactionEventData eventData, InterceptionResult result, CancellationToken cancellationToken = default)
    {
        await StopIfArmedAsync(eventData);
        return result;
    }

    public override async ValueTask<InterceptionResult> CreatingSavepointAsync(
        DbTransaction transaction, TransactionEventData eventData, InterceptionResult result, CancellationToken cancellationToken = default)
    {
        await StopIfArmedAsync(eventData);
        return result;
    }

    private static async Task StopIfArmedAsync(TransactionEventData eventData)
    {
        if (Armed.Value is { } armed && eventData.Context?.ChangeTracker.Entries().Any(e => e.Metadata.ClrType == armed.Writing) == true)
        {
            await armed.Stopping.CancelAsync();
        }
    }
}
