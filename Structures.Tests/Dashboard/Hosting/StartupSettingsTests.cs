using Microsoft.Extensions.Logging;

namespace Structures.Tests.Dashboard.Hosting;

public sealed class StartupSettingsTests : ProductionTest
{
    [Theory]
    [InlineData("Data:ConnectionString", "", "Data", "ConnectionString")]
    [InlineData("DataProtection:KeysPath", "", "DataProtection", "KeysPath")]
    [InlineData("DataProtection:Store", "Database", "DataProtection:Store", "DataProtection:CertificatePath")]
    [InlineData("Eve:EsiBaseUrl", "not a url", "Eve", "EsiBaseUrl")]
    [InlineData("Eve:CompatibilityDate", "yesterday", "Eve", "CompatibilityDate")]
    [InlineData("Esi:RetryCount", "-1", "Esi", "RetryCount")]
    [InlineData("Esi:Timeout", "00:00:00", "Esi", "Timeout")]
    [InlineData("Webhooks:MaxAttempts", "0", "Webhooks", "MaxAttempts")]
    [InlineData("Webhooks:SweepInterval", "00:00:00", "Webhooks", "SweepInterval")]
    [InlineData("Structures:SyncParallelism", "0", "Structures", "SyncParallelism")]
    [InlineData("Structures:DefaultLanguage", "xx", "Structures", "DefaultLanguage")]
    [InlineData("Retention:Notifications", "1.00:00:00", "Retention", "Notifications")]
    [InlineData("Structures:Sync:Interval", "00:00:00", "Structures:Sync", "Interval")]
    [InlineData("Structures:Status:StructureSyncGrace", "00:00:00", "Structures:Status", "StructureSyncGrace")]
    [InlineData("Structures:Notifications:StaleAfter", "00:00:00", "Structures:Notifications", "StaleAfter")]
    [InlineData("Structures:Board:DefaultPageLength", "0", "Structures:Board", "DefaultPageLength")]
    [InlineData("Structures:StructureSyncMinutes", "0", "Structures:StructureSyncMinutes", "Structures:Sync:Interval")]
    [InlineData("Structures:HoursUntilStaleNotification", "a day", "Structures:HoursUntilStaleNotification", "whole number of hours")]
    [InlineData("ForwardedHeaders:KnownProxies:0", "proxy.example.org", "ForwardedHeaders", "KnownProxies")]
    [InlineData("ForwardedHeaders:KnownNetworks:0", "10.0.0.0", "ForwardedHeaders", "KnownNetworks")]
    [InlineData("RateLimits:AuthPermitLimit", "0", "RateLimits", "AuthPermitLimit")]
    public void Start_WithABadSetting_IsRefused_NamingTheSetting(string key, string value, string section, string setting)
    {
        var reason = Refusal(new Dictionary<string, string?> { [key] = value });

        reason.Should().Contain(section).And.Contain(setting);
        Logs.Where(l => l.Level >= LogLevel.Error).Should().ContainSingle("the refusal is the one line logged");
    }

    [Theory]
    [InlineData("Simulation:PageSize", "0", "PageSize")]
    [InlineData("Simulation:ConnectionString", "", "ConnectionString")]
    [InlineData("Simulation:Scale:DirectorsPerCorporation", "0", "DirectorsPerCorporation")]
    public void DemoStart_WithABadSimulationSetting_IsRefused_NamingTheSetting(string key, string value, string setting)
    {
        var reason = Refusal(new Dictionary<string, string?> { [key] = value }, demo: true);

        reason.Should().Contain("Simulation").And.Contain(setting);
    }
}
