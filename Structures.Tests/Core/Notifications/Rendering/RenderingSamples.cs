using System.Globalization;
using System.Text.Json;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;
using Structures.Core.Eve;
using Structures.Core.Notifications;
using Structures.Core.Notifications.Payloads;
using Structures.Core.Notifications.Rendering;
using Structures.Core.Owners;
using Structures.Core.Sso;
using Structures.Core.Structures;
using Structures.Tests.Infrastructure;

namespace Structures.Tests.Core.Notifications.Rendering;

// The real notification samples and those written for the tests, as render contexts, with the fixture's names and a fixed clock.
internal static class RenderingSamples
{
    public static readonly DateTime Now = new(2019, 10, 5, 12, 0, 0, DateTimeKind.Utc);

    public static readonly CultureInfo English = CultureInfo.GetCultureInfo("en");

    // The app's own words over Core's resource files.
    public static readonly IStringLocalizer Words = ResourceWords.For<NotificationWords>();

    private static readonly Dictionary<long, string> Names = new()
    {
        [1001] = "Bruce Wayne", [1011] = "Bad Dude", [2001] = "Wayne Technologies", [2002] = "Wayne Foods", [2011] = "Bad Company",
        [3001] = "Wayne Enterprises", [3011] = "Big Bad Alliance", [35832] = "Astrahus", [35835] = "Athanor", [2233] = "Customs Office",
        [81080] = "Orbital Skyhook", [32226] = "Territorial Claim Unit", [32458] = "Infrastructure Hub", [16213] = "Caldari Control Tower",
        [40161465] = "Amamake II - Moon 1", [40161469] = "Amamake IV", [46300] = "Zeolites", [46301] = "Sylvite",
        [60003760] = "Jita IV - Moon 4 - Caldari Navy Assembly Plant", [85230] = "Mercenary Den",
    };

    private static readonly Dictionary<long, EveSolarSystem> Systems = new()
    {
        [30002537] = new EveSolarSystem { Id = 30002537, Name = "Amamake", RegionName = "Heimatar", SecurityStatus = 0.4 },
        [30000474] = new EveSolarSystem { Id = 30000474, Name = "1-PGSG", RegionName = "Detorid", SecurityStatus = -0.5 },
    };

    public static IEnumerable<JsonElement> All() => Real().Concat(Written());

    // The real samples the simulator emits.
    public static IEnumerable<JsonElement> Real() => Read("Simulation", "Data", "notifications.json");

    // Samples written for the tests, of types the real ones lack (TestData/notifications/README.md).
    public static IEnumerable<JsonElement> Written() => Read("TestData", "notifications", "samples.json");

    private static List<JsonElement> Read(params string[] path)
    {
        using var stream = File.OpenRead(Path.Combine([AppContext.BaseDirectory, .. path]));
        using var document = JsonDocument.Parse(stream);
        return [.. document.RootElement.EnumerateArray().Select(e => e.Clone())];
    }

    // A structure name or owner name, when given, stands for what a player may have chosen.
    public static RenderContext Context(long notificationId, string? structureName = null, string ownerName = "Wayne Technologies", IStringLocalizer? words = null)
    {
        var sample = All().Single(s => s.GetProperty("notification_id").GetInt64() == notificationId);
        var text = sample.GetProperty("text").GetString() ?? "";
        var type = sample.GetProperty("type").GetString()!;
        var timestamp = DateTime.Parse(sample.GetProperty("timestamp").GetString()!, CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal);
        return Context(type, text, timestamp, NotificationPayloads.Parse(type, text).Payload!, notificationId, structureName, ownerName, words);
    }

    // Any text of any type, already understood, about the fixture's owner.
    public static RenderContext Context(
        string type, string text, DateTime timestamp, NotificationPayload payload, long notificationId = 1, string? structureName = null, string ownerName = "Wayne Technologies",
        IStringLocalizer? words = null)
    {
        var notification = new Notification
        {
            OwnerId = 2001,
            NotificationId = notificationId,
            Type = type,
            SenderType = "corporation",
            SenderId = 2001,
            Timestamp = timestamp,
            Text = text,
            ContentKey = "",
        };
        return new RenderContext
        {
            Notification = notification,
            Payload = payload,
            Info = NotificationRenderer.InfoFor(notification.Type),
            Owner = new Owner { CorporationId = 2001, CorporationName = ownerName, AllianceId = 3001, AllianceName = "Wayne Enterprises" },
            Structure = structureName is null ? null : new Structure { Name = structureName, TypeId = 35832, SolarSystemId = 30002537 },
            Names = Names,
            Systems = Systems,
            Now = Now,
            Images = new EveImages(Options.Create(new EveOptions())),
            Words = words ?? Words,
        };
    }
}
