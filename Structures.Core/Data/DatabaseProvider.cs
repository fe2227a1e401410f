namespace Structures.Core.Data;

// Which engine holds the data: an SQLite file for one instance (the default), or PostgreSQL for several.
public enum DatabaseProvider
{
    Sqlite,
    PostgreSQL,
}
