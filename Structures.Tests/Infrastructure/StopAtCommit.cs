using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Structures.Tests.Infrastructure;

// Stops whoever armed it the moment the commit of their write of a given entity type starts, as a host's stop can:
// the token is cancelled between EF beginning the commit and the database doing it. Armed per async flow, so other
// work in the app commits as usual.
internal sealed class StopAtCommit : DbTransactionInterceptor
{
    private static readonly AsyncLocal<(CancellationTokenSource Stopping, Type Writing)?> Armed = new();

    public static StopAtCommit Instance { get; } = new();

    public static void Arm<TEntity>(CancellationTokenSource stopping) => Armed.Value = (stopping, typeof(TEntity));

    public override async ValueTask<InterceptionResult> TransactionCommittingAsync(
        DbTransaction transaction, TransactionEventData eventData, InterceptionResult result, CancellationToken cancellationToken = default)
    {
        if (Armed.Value is { } armed && eventData.Context?.ChangeTracker.Entries().Any(e => e.Metadata.ClrType == armed.Writing) == true)
        {
            await armed.Stopping.CancelAsync();
        }

        return result;
    }
}
