namespace Structures.Core.Data;

// Text functions for queries that SQLite and PostgreSQL both run the same way; called outside a query they throw.
public static class DatabaseText
{
    // SQL lower(): a case-insensitive match on both engines (SQLite's LIKE ignores ASCII case, PostgreSQL's does not).
    public static string Lower(string value) => throw new InvalidOperationException($"{nameof(DatabaseText)}.{nameof(Lower)}({value}) runs only inside a database query.");
}
