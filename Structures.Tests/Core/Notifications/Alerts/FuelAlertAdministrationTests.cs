using Structures.Core.Notifications.Alerts;
using Structures.Tests.Infrastructure;

namespace Structures.Tests.Core.Notifications.Alerts;

// Fuel alert rules as an admin sets them, against the real database.
public sealed class FuelAlertAdministrationTests() : AppTest(new Dictionary<string, string?> { ["Structures:AdminCharacterIds:0"] = "90000001" })
{
    [Fact]
    public async Task FuelAlertRules_AreValidated_AndStored()
    {
        var admin = await SignedInViewerAsync(90000001);
        var settings = Factory.Get<FuelAlertAdministration>();

        var backwards = await settings.AddAsync(admin, new FuelAlertForm { StartHours = 10, EndHours = 24, RepeatHours = 0 }, default);
        var good = await settings.AddAsync(admin, new FuelAlertForm { StartHours = 72, EndHours = 0, RepeatHours = 24 }, default);
        var gate = await settings.AddJumpFuelAsync(admin, new JumpFuelAlertForm { Threshold = 0 }, default);

        backwards.Message.Should().StartWith("The window must end closer to running out than it starts");
        good.Succeeded.Should().BeTrue();
        gate.Message.Should().Be("The threshold is a number of liquid ozone units above 0.");
        var (fuel, jumpFuel) = await settings.ListAsync(admin, default);
        fuel.Should().ContainSingle().Which.RepeatHours.Should().Be(24);
        jumpFuel.Should().BeEmpty();
    }
}
