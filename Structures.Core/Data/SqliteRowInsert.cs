using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Storage;

namespace Structures.Core.Data;

// Writes a context's added rows of some entity types on SQLite with one prepared INSERT per table, run once per row
// (AddedRows), instead of the save's statement text and parameters built for every row. Each value goes through the
// property's own type mapping, as the save binds it, so the stored row is the one EF would have written. Runs inside
// the caller's transaction: the inserts and the save commit together.
internal static class SqliteRowInsert
{
    // Entity types in the order their tables are written (principals before dependents).
    public static Task InsertAddedAsync(DbContext db, IReadOnlyList<string> entityTypesInOrder, CancellationToken cancellationToken)
    {
        var connection = db.Database.GetDbConnection();
        var transaction = db.Database.CurrentTransaction?.GetDbTransaction()
            ?? throw new InvalidOperationException("The rows are inserted inside the save's transaction.");
        var timeout = db.Database.GetCommandTimeout();
        return AddedRows.WriteAsync(db, entityTypesInOrder, entries => InsertAsync(connection, transaction, timeout, entries, cancellationToken));
    }

    private static async Task InsertAsync(DbConnection connection, DbTransaction transaction, int? timeout, List<EntityEntry> entries, CancellationToken cancellationToken)
    {
        var entityType = entries[0].Metadata;
        var table = AddedRows.TableOf(entityType);
        var columns = AddedRows.Columns(entityType, table).Select(c => (c.Property, c.Column, Mapping: c.Property.GetRelationalTypeMapping())).ToList();
        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
        // As long as the save's own commands wait for a busy database.
        if (timeout is { } seconds)
        {
            command.CommandTimeout = seconds;
        }

        command.CommandText = $"INSERT INTO {AddedRows.NameOf(table)} ({string.Join(", ", columns.Select(c => AddedRows.Quote(c.Column)))}) "
            + $"VALUES ({string.Join(", ", columns.Select((_, i) => $"@p{i}"))})";
        foreach (var entry in entries)
        {
            command.Parameters.Clear();
            for (var i = 0; i < columns.Count; i++)
            {
                var (property, _, mapping) = columns[i];
                command.Parameters.Add(mapping.CreateParameter(command, $"@p{i}", entry.CurrentValues[property], property.IsNullable));
            }

            await command.ExecuteNonQueryAsync(cancellationToken);
        }
    }
}
