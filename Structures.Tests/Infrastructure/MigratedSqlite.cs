using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Structures.Core.Data;

namespace Structures.Tests.Infrastructure;

// A SQLite database with every migration applied and nothing else (no demo or production mark, no rows but what
// the migrations insert), made once per test run with the app's own migrations. An app of a test starts on a copy:
// its start-up finds nothing pending, marks it and goes on as on a new file, without applying every migration again
// for each of the hundreds of apps the suite starts. The tests of migrating itself start on an empty file.
public static class MigratedSqlite
{
    private static readonly Lazy<string> Template = new(Create, LazyThreadSafetyMode.ExecutionAndPublication);

    public static void CopyTo(string databasePath) => File.Copy(Template.Value, databasePath);

    private static string Create()
    {
        var folder = Directory.CreateTempSubdirectory("structures-migrated-").FullName;
        AppDomain.CurrentDomain.ProcessExit += (_, _) => Remove(folder);
        var path = Path.Combine(folder, "structures.db");
        var connectionString = new SqliteConnectionStringBuilder { DataSource = path, Pooling = false }.ConnectionString;
        using (var db = new StructuresDbContext(new DbContextOptionsBuilder<StructuresDbContext>().UseSqlite(connectionString).Options))
        {
            db.Database.Migrate();
        }

        return path;
    }

    private static void Remove(string folder)
    {
        try
        {
            Directory.Delete(folder, recursive: true);
        }
        catch (IOException)
        {
            // Left to the OS temp cleaner rather than failing the run's exit.
        }
    }
}
