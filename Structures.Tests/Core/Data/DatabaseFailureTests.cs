using Microsoft.EntityFrameworkCore;
using Npgsql;
using Structures.Core.Data;

namespace Structures.Tests.Core.Data;

public sealed class DatabaseFailureTests
{
    [Fact]
    public void TheDriversFailures_AndEfCoresWrappingsOfThem_AreDatabaseFailures()
    {
        var timeout = new NpgsqlException("Exception while reading from stream", new TimeoutException());
        var update = new DbUpdateException("An error occurred while saving the entity changes.", timeout);

        DatabaseFailure.Is(timeout).Should().BeTrue();
        DatabaseFailure.Is(new Microsoft.Data.Sqlite.SqliteException("database is locked", 5)).Should().BeTrue();
        DatabaseFailure.Is(update).Should().BeTrue();
        DatabaseFailure.Is(new InvalidOperationException("An exception has been raised that is likely due to a transient failure.", update))
            .Should().BeTrue("EF Core's PostgreSQL execution strategy wraps a transient failure so");
    }

    [Fact]
    public void AConflictOrAFaultOfTheCode_IsNot()
    {
        DatabaseFailure.Is(new DbUpdateConcurrencyException("The row was changed meanwhile.")).Should().BeFalse();
        DatabaseFailure.Is(new InvalidOperationException("Sequence contains no elements")).Should().BeFalse();
        DatabaseFailure.Is(new InvalidOperationException("wrapped", new ArgumentException("bad"))).Should().BeFalse();
        DatabaseFailure.Is(new FormatException("not a number")).Should().BeFalse();
    }

    [Fact]
    public void WhatWaitingCures_IsTransient_AndWhatItDoesNot_IsNot()
    {
        var timeout = new NpgsqlException("Exception while reading from stream", new TimeoutException());

        DatabaseFailure.IsTransient(new InvalidOperationException("likely due to a transient failure", new DbUpdateException("saving", timeout))).Should().BeTrue();
        DatabaseFailure.IsTransient(new Microsoft.Data.Sqlite.SqliteException("database is locked", 5)).Should().BeTrue();
        DatabaseFailure.IsTransient(new NpgsqlException("Failed to connect", new System.Net.Sockets.SocketException(111))).Should().BeTrue();
        DatabaseFailure.IsTransient(new Microsoft.Data.Sqlite.SqliteException("file is not a database", 26)).Should().BeFalse();
        DatabaseFailure.IsTransient(new DbUpdateException("saving", new Microsoft.Data.Sqlite.SqliteException("no such table: QueuedMessages", 1))).Should().BeFalse();
        DatabaseFailure.IsTransient(new InvalidOperationException("Sequence contains no elements")).Should().BeFalse();
    }
}
