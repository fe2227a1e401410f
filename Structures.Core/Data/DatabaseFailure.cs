using System.Data.Common;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace Structures.Core.Data;

// Whether an exception says the database could not do the work right now rather than that the work is wrong. SQLite's
// driver throws its own exception, or EF Core wraps it in DbUpdateException; on PostgreSQL, EF Core's execution
// strategy wraps a transient failure (a command timed out waiting on a lock) in an InvalidOperationException of its
// own, with the driver's exception inside.
public static class DatabaseFailure
{
    // Any failure of the database's (locked, timed out, out of reach, or refusing the statement).
    public static bool Is(Exception exception) => exception switch
    {
        DbUpdateConcurrencyException => false,
        DbException or DbUpdateException or TimeoutException => true,
        InvalidOperationException { InnerException: { } inner } => Is(inner),
        _ => false,
    };

    // Only a failure that waiting can cure: a lock (SQLite's busy or locked), a timeout, a server out of reach or not
    // accepting connections yet. A missing database, a refused password or a file that is not a database are not.
    public static bool IsTransient(Exception exception) => exception switch
    {
        NpgsqlException npgsql => npgsql.IsTransient,
        SqliteException sqlite => sqlite.SqliteErrorCode is 5 or 6,
        TimeoutException => true,
        DbUpdateConcurrencyException => false,
        DbUpdateException or InvalidOperationException when exception.InnerException is { } inner => IsTransient(inner),
        _ => false,
    };
}
