using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using global::Structures.Core.Notifications.Payloads;
using global::Structures.Core.Timers;
using Structures.Tests.Infrastructure;

namespace Structures.Tests.Dashboard.Simulation;

public sealed class SimulationControlTests() : AppTest(fakeClock: true)
{
    [Fact]
    public async Task Attack_OnAStructure_SendsStructureUnderAttackToItsOwner()
    {
        var target = await StructureAsync("Upwell", 98000001);

        await Http.PostAsync($"/sim/control/structures/{target}/attack", null);
        var notifications = await (await EsiGetAsync("/characters/90000002/notifications", await SignInAsync(90000002))).Content.ReadFromJsonAsync<JsonElement>();

        var attack = notifications.EnumerateArray().Single();
        attack.GetProperty("type").GetString().Should().Be("StructureUnderAttack");
        attack.GetProperty("text").GetString().Should().Contain($"structureID: &id001 {target}").And.Contain("allianceID: 99000002");
    }

    [Fact]
    public async Task Reinforce_ChangesTheStateAndTimer()
    {
        var target = await StructureAsync("Upwell", 98000001);

        await Http.PostAsJsonAsync($"/sim/control/structures/{target}/reinforce", new { hours = 30 });
        var structures = await (await EsiGetAsync("/corporations/98000001/structures", await SignInAsync(90000001))).Content.ReadFromJsonAsync<JsonElement>();

        var structure = structures.EnumerateArray().Single(s => s.GetProperty("structure_id").GetInt64() == target);
        structure.GetProperty("state").GetString().Should().Be("armor_reinforce");
        structure.GetProperty("state_timer_end").GetDateTime().Should().BeCloseTo(Clock.GetUtcNow().UtcDateTime.AddHours(30), TimeSpan.FromSeconds(2));
    }

    [Theory]
    [InlineData("StructureLostShields", "Upwell")]
    [InlineData("StructureLostArmor", "Upwell")]
    [InlineData("MoonminingExtractionStarted", "Upwell")]
    [InlineData("OrbitalReinforced", "CustomsOffice")]
    [InlineData("SkyhookLostShields", "Skyhook")]
    [InlineData("SovStructureReinforced", "Upwell")]
    public async Task EmitNotification_WithATimeLeft_IsATextWhoseTimerEndsThen(string type, string kind)
    {
        var target = await StructureAsync(kind, 98000001);

        using var emitted = await Http.PostAsJsonAsync("/sim/control/notifications", new { type, structureId = target, timeLeftSeconds = 30 * 3600 + 125 });
        var notification = await OnlyNotificationAsync(type);

        emitted.StatusCode.Should().Be(HttpStatusCode.OK);
        TimerEnd(notification).Should().Be(Clock.GetUtcNow().UtcDateTime.AddHours(30).AddSeconds(125));
    }

    [Fact]
    public async Task EmitNotification_WithATimeLeft_KeepsTheAutomaticFractureThreeHoursAfterTheChunkIsReady()
    {
        var target = await StructureAsync("Upwell", 98000001);

        await Http.PostAsJsonAsync("/sim/control/notifications", new { type = "MoonminingExtractionStarted", structureId = target, timeLeftSeconds = 7200 });
        var notification = await OnlyNotificationAsync("MoonminingExtractionStarted");

        var extraction = (MoonExtraction)NotificationPayloads.Parse("MoonminingExtractionStarted", notification.GetProperty("text").GetString()).Payload!;
        extraction.ReadyAt.Should().Be(Clock.GetUtcNow().UtcDateTime.AddHours(2));
        extraction.AutoFractureAt.Should().Be(Clock.GetUtcNow().UtcDateTime.AddHours(5));
    }

    [Theory]
    [InlineData("Upwell", "StructureLostShields")]
    [InlineData("CustomsOffice", "OrbitalReinforced")]
    [InlineData("Skyhook", "SkyhookLostShields")]
    public async Task Reinforce_TellsTheRequestedTimerInItsNotification(string kind, string type)
    {
        var target = await StructureAsync(kind, 98000001);

        await Http.PostAsJsonAsync($"/sim/control/structures/{target}/reinforce", new { hours = 30 });
        var notification = await OnlyNotificationAsync(type);

        TimerEnd(notification).Should().Be(Clock.GetUtcNow().UtcDateTime.AddHours(30));
    }

    [Fact]
    public async Task UnknownNotificationType_IsA400ThatNamesTheKnownOnes()
    {
        using var response = await Http.PostAsJsonAsync("/sim/control/notifications", new { type = "NoSuchThing", corporationId = 98000001 });

        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("known").GetArrayLength().Should().BeGreaterThan(70);
    }

    [Fact]
    public async Task UnknownFaultKind_IsA400()
    {
        using var response = await Http.PostAsJsonAsync("/sim/control/faults", new { target = "*", kind = "Meteor" });

        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
    }

    // The timer the app makes of the notification, read as the app reads it.
    private static DateTime TimerEnd(JsonElement notification)
    {
        var type = notification.GetProperty("type").GetString()!;
        var payload = NotificationPayloads.Parse(type, notification.GetProperty("text").GetString()).Payload!;
        var decision = TimerExtractor.Decide(type, notification.GetProperty("timestamp").GetDateTime().ToUniversalTime(), payload);
        return decision.Add?.EndsAt ?? throw new Xunit.Sdk.XunitException($"{type} made no timer");
    }

    private async Task<JsonElement> OnlyNotificationAsync(string type)
    {
        var notifications = await (await EsiGetAsync("/characters/90000001/notifications", await SignInAsync(90000001))).Content.ReadFromJsonAsync<JsonElement>();
        return notifications.EnumerateArray().Single(n => n.GetProperty("type").GetString() == type);
    }

    private async Task<long> StructureAsync(string kind, long corporationId)
    {
        var world = await Http.GetFromJsonAsync<JsonElement>("/sim/control/world");
        return world.GetProperty("structures").EnumerateArray()
            .First(s => s.GetProperty("kind").GetString() == kind && s.GetProperty("corporationId").GetInt64() == corporationId)
            .GetProperty("id").GetInt64();
    }
}
