using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Metadata;
using Npgsql;
using NpgsqlTypes;

namespace Structures.Core.Data;

// Writes a context's added rows of some entity types with PostgreSQL's binary COPY instead of one INSERT each
// (AddedRows), their values converted by the model's value converters; a column the database fills (an identity key)
// is left to it. Runs inside the caller's transaction: the copy and the save commit together.
internal static class PostgresRowCopy
{
    // Entity types in the order their tables are written (principals before dependents).
    public static Task CopyAddedAsync(DbContext db, IReadOnlyList<string> entityTypesInOrder, CancellationToken cancellationToken)
    {
        var connection = (NpgsqlConnection)db.Database.GetDbConnection();
        return AddedRows.WriteAsync(db, entityTypesInOrder, entries => CopyAsync(connection, entries, cancellationToken));
    }

    private static async Task CopyAsync(NpgsqlConnection connection, List<EntityEntry> entries, CancellationToken cancellationToken)
    {
        var entityType = entries[0].Metadata;
        var table = AddedRows.TableOf(entityType);
        var columns = Columns(entityType, table);
        var names = string.Join(", ", columns.Select(c => AddedRows.Quote(c.Column)));
        await using var importer = await connection.BeginBinaryImportAsync($"COPY {AddedRows.NameOf(table)} ({names}) FROM STDIN (FORMAT BINARY)", cancellationToken);
        foreach (var entry in entries)
        {
            await importer.StartRowAsync(cancellationToken);
            foreach (var (property, _, type) in columns)
            {
                var value = entry.CurrentValues[property];
                var converter = property.GetTypeMapping().Converter;
                if (value is not null && converter is not null)
                {
                    value = converter.ConvertToProvider(value);
                }

                if (value is null)
                {
                    await importer.WriteNullAsync(cancellationToken);
                }
                else
                {
                    await importer.WriteAsync(value, type, cancellationToken);
                }
            }
        }

        await importer.CompleteAsync(cancellationToken);
    }

    // The columns AddedRows writes, each with the type COPY sends it as.
    internal static List<(IProperty Property, string Column, NpgsqlDbType Type)> Columns(IEntityType entityType, StoreObjectIdentifier table) =>
    [
        .. AddedRows.Columns(entityType, table).Select(c =>
        {
            var providerType = c.Property.GetTypeMapping().Converter?.ProviderClrType ?? c.Property.ClrType;
            return (c.Property, c.Column, TypeOf(Nullable.GetUnderlyingType(providerType) ?? providerType, entityType, c.Property));
        }),
    ];

    private static NpgsqlDbType TypeOf(Type type, IEntityType entityType, IProperty property) => type switch
    {
        _ when type == typeof(long) => NpgsqlDbType.Bigint,
        _ when type == typeof(int) => NpgsqlDbType.Integer,
        _ when type == typeof(short) => NpgsqlDbType.Smallint,
        _ when type == typeof(bool) => NpgsqlDbType.Boolean,
        _ when type == typeof(double) => NpgsqlDbType.Double,
        _ when type == typeof(string) => NpgsqlDbType.Text,
        _ when type == typeof(DateTime) => NpgsqlDbType.TimestampTz,
        _ => throw new NotSupportedException($"{entityType.DisplayName()}.{property.Name} is a {type.Name}, which the row copy does not write."),
    };
}
