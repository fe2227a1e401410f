using System.Data.Common;
using Microsoft.EntityFrameworkCore;

namespace Structures.Core.Data;

// Whether an exception says the database could not do the work right now (locked, timed out, unreachable) rather than
// that the work is wrong. SQLite's driver throws its own exception, or EF Core wraps it in DbUpdateException; on
// PostgreSQL, EF Core's execution strategy wraps a transient failure (a command timed out waiting on a lock) in an
// InvalidOperationException of its own, with the driver's exception inside.
public static class DatabaseFailure
{
    public static bool Is(Exception exception) => exception switch
    {
        DbUpdateConcurrencyException => false,
        DbException or DbUpdateException or TimeoutException => true,
        InvalidOperationException { InnerException: { } inner } => Is(inner),
        _ => false,
    };
}
