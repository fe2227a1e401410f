using Structures.Core.Notifications;
using Structures.Core.Notifications.Alerts;
using Structures.Tests.Infrastructure;

namespace Structures.Tests.Core.Notifications;

// Fuel alert rules and "send again" answer in the viewer's page language.
public sealed class NotificationAdminWordsTests() : AppTest(new Dictionary<string, string?> { ["Structures:AdminCharacterIds:0"] = "90000001" })
{
    [Fact]
    public async Task FuelRules_InGerman_AreCheckedAndSavedInGerman()
    {
        var admin = await SignedInViewerAsync(90000001);
        var rules = Factory.Get<FuelAlertAdministration>();
        using var german = UiCulture.Use("de");

        var refused = await rules.AddAsync(admin, new FuelAlertForm { StartHours = 0, EndHours = 0, RepeatHours = 0 }, default);
        var added = await rules.AddAsync(admin, new FuelAlertForm { StartHours = 48, EndHours = 24, RepeatHours = 12 }, default);
        var jump = await rules.AddJumpFuelAsync(admin, new JumpFuelAlertForm { Threshold = 50_000 }, default);

        refused.Message.Should().Be("Beginn zwischen 1 und 2160 Stunden vor dem Leerlaufen.");
        added.Message.Should().Be("Treibstoffalarme von 48 h bis 24 h vor dem Leerlaufen, alle 12 h.");
        jump.Message.Should().Be("Sprungtore werden unter 50.000 Einheiten flüssigem Ozon gemeldet.");
    }

    [Fact]
    public async Task ResendAsync_UnknownNotificationInRussian_IsRefusedInRussian()
    {
        var admin = await SignedInViewerAsync(90000001);
        using var russian = UiCulture.Use("ru");

        var result = await Factory.Get<NotificationResender>().ResendAsync(admin, 404, withPings: false, default);

        result.Message.Should().Be("Такого уведомления нет.");
    }
}
