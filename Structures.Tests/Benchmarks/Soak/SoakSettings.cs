using System.Globalization;

namespace Structures.Tests.Benchmarks.Soak;

// The two processes' settings, as environment variables would give them.
internal static class SoakSettings
{
    // The simulated EVE server and Discord, with no owners of its own; the notification cache compressed so that
    // alerts flow within seconds, as in the demo.
    public static Dictionary<string, string> Simulator(string folder, int corporations) => new()
    {
        ["Simulation:Enabled"] = "true",
        ["Simulation:SeedOwners"] = "false",
        ["Simulation:Scale:Corporations"] = corporations.ToString(CultureInfo.InvariantCulture),
        ["Simulation:Scale:StructuresPerCorporation"] = "20",
        ["Simulation:CacheSeconds:character-notifications"] = "5",
        ["Simulation:RateLimits:char-notification"] = "1000000",
        ["Structures:SchedulerEnabled"] = "false",
        ["Data:ConnectionString"] = $"Data Source={Path.Combine(folder, "simulator.db")}",
        // Each process keeps its own key ring: both answer on 127.0.0.1, so a browser sends each the other's cookies.
        ["DataProtection:KeysPath"] = Path.Combine(folder, "simulator-keys"),
        ["Logging:LogLevel:Default"] = "Warning",
    };

    // The app in real mode: EVE's addresses are the simulator's, its credentials those of the application the simulated
    // SSO knows as its demo.
    public static Dictionary<string, string> App(string simulatorUrl, string folder, string connectionString, long adminId) => new()
    {
        ["DataProtection:KeysPath"] = Path.Combine(folder, "app-keys"),
        // One admin adds twenty owners in a row, each an SSO round through the rate-limited paths.
        ["RateLimits:AuthPermitLimit"] = "1000",
        ["Simulation:Enabled"] = "false",
        ["Eve:ClientId"] = "structures-demo",
        ["Eve:ClientSecret"] = "structures-demo-secret",
        ["Eve:SsoBaseUrl"] = $"{simulatorUrl}/sim/sso",
        ["Eve:EsiBaseUrl"] = $"{simulatorUrl}/sim/esi",
        ["Eve:ImageBaseUrl"] = $"{simulatorUrl}/sim/images",
        ["Webhooks:AllowedHosts:0"] = "127.0.0.1",
        ["Webhooks:AllowedHosts:1"] = "localhost",
        ["Structures:AdminCharacterIds:0"] = adminId.ToString(CultureInfo.InvariantCulture),
        ["Data:ConnectionString"] = connectionString,
        ["Logging:LogLevel:Default"] = "Warning",
        ["Logging:LogLevel:Microsoft.AspNetCore"] = "Warning",
    };
}
