using Structures.Core.Data;

namespace Structures.Core.Structures;

// An owner's first sync adds all its structures at once: some 1,700 rows for 200 structures with their services, items,
// details and tags. Those are written apart from the save, in the same transaction: on PostgreSQL copied (binary COPY),
// on SQLite inserted by one prepared statement per table, rather than through the save's statement for every row. An
// owner with structures already stored saves as usual (a later sync can remove a row and add one with the same key,
// which only the save orders right).
internal static class FirstSyncSave
{
    // Principals before dependents.
    private static readonly string[] Copied =
    [
        typeof(Structure).FullName!, typeof(StructureService).FullName!, typeof(StructureItem).FullName!, typeof(StarbaseDetail).FullName!,
        typeof(CustomsOfficeDetail).FullName!, StructureConfiguration.TagLinks,
    ];

    public static async Task SaveAsync(StructuresDbContext db, SyncContext context, CancellationToken cancellationToken)
    {
        if (!context.AllRowsNew)
        {
            await db.SaveChangesAsync(cancellationToken);
            return;
        }

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        await (db is PostgresStructuresDbContext
            ? PostgresRowCopy.CopyAddedAsync(db, Copied, cancellationToken)
            : SqliteRowInsert.InsertAddedAsync(db, Copied, cancellationToken));
        await db.SaveChangesAsync(cancellationToken);
        // A commit once begun finishes even if the host is stopping.
        await transaction.CommitAsync(CancellationToken.None);
    }
}
