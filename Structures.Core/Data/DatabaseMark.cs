namespace Structures.Core.Data;

// Each database is marked when first opened (DatabaseMarkStore: SQLite's header, PRAGMA application_id,
// sqlite.org/fileformat.html; a one-row table on PostgreSQL), as the demo's or a real install's. Real mode refuses a demo database and the demo refuses a real one.
public static class DatabaseMark
{
    public const int Unmarked = 0;
    public const int RealMark = 0x53545243; // "STRC"
    public const int DemoMark = 0x53544430; // "STD0"

    // Databases from before the mark existed: the demo's grants name this grantor.
    public const string DemoGrantor = "Demo";

    public static int For(DatabasePurpose purpose) => purpose.IsDemo ? DemoMark : RealMark;

    public static string? Refusal(int mark, bool hasDemoGrants, DatabasePurpose purpose, string dataSource) => (mark, purpose.IsDemo) switch
    {
        (DemoMark, false) => $"{dataSource} is a demo database (simulated owners and grants to simulated characters). A real install will not open it: point Data:ConnectionString at another database, or delete this one.",
        (Unmarked, false) when hasDemoGrants => $"{dataSource} was written by the demo (it holds the demo's permission grants). A real install will not open it: point Data:ConnectionString at another database, or delete this one.",
        (RealMark, true) => $"{dataSource} belongs to a real install. The demo will not write its simulated owners into it: point Simulation:ConnectionString at another database.",
        (not (Unmarked or RealMark or DemoMark), _) => $"{dataSource} is not a Structures database (its mark is {mark}).",
        _ => null,
    };
}
