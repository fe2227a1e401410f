using Microsoft.Extensions.DependencyInjection;
using Structures.Core.Webhooks;
using Structures.Dashboard.Webhooks;
using Structures.Tests.Infrastructure;

namespace Structures.Tests.Dashboard.Webhooks;

public sealed class WebhookPresetPickerTests : ComponentTest
{
    private static readonly string[] FuelTypes =
    [
        "StructureFuelAlert", "StructureJumpFuelAlert", "StructureLowReagentsAlert", "StructureNoReagentsAlert", "StructureRefueledExtra",
        "StructureServicesOffline", "StructureWentHighPower", "StructureWentLowPower", "TowerRefueledExtra", "TowerResourceAlertMsg",
    ];

    public WebhookPresetPickerTests() => Services.AddOptions().AddLocalization();

    [Fact]
    public void NewForm_StartsEmpty_WithoutPingsOrOwners_AndSaysItIsCustom()
    {
        var form = new WebhookForm();

        var cut = Render<WebhookFields>(p => p.Add(c => c.Form, form));

        form.Types.Should().BeEmpty();
        form.OwnerIds.Should().BeEmpty();
        form.HasDefaultPingsEnabled.Should().BeFalse();
        cut.Find("[data-testid=webhook-preset-description]").TextContent.Trim().Should().Be("No types chosen yet: choose a preset, or types below.");
        cut.Markup.Should().Contain("None selected: no owner forwards here; only structures given this webhook do.");
    }

    [Fact]
    public async Task ChoosingFuel_AfterAttacks_SetsExactlyTheFuelTypes_AndNoEveryone()
    {
        var form = new WebhookForm();
        var cut = Render<WebhookFields>(p => p.Add(c => c.Form, form));

        // Each click's handler is awaited to its end: MudButton's may finish after Click() has returned.
        await cut.Find("[data-testid=webhook-preset-attacks-and-timers]").ClickAsync(new());
        var attacksPing = form.HasDefaultPingsEnabled;
        await cut.Find("[data-testid=webhook-preset-fuel]").ClickAsync(new());

        attacksPing.Should().BeTrue();
        form.Types.Should().Equal(FuelTypes);
        form.HasDefaultPingsEnabled.Should().BeFalse();
        form.ForwardsUnknownTypes.Should().BeFalse();
        cut.Find("[data-testid=webhook-preset-fuel]").GetAttribute("aria-pressed").Should().Be("true");
        cut.Find("[data-testid=webhook-preset-attacks-and-timers]").GetAttribute("aria-pressed").Should().Be("false");
        cut.Find("[data-testid=webhook-preset-description]").TextContent.Should().Contain("No @everyone");
        cut.Markup.Should().Contain("Notification types (10 selected)");
    }

    [Fact]
    public void EditedForm_ShowsItsPreset_AndATypeChangedByHandMakesItCustom()
    {
        var form = new WebhookForm { Types = [.. FuelTypes] };
        var cut = Render<WebhookFields>(p => p.Add(c => c.Form, form));
        var fuelChosen = cut.Find("[data-testid=webhook-preset-fuel]").GetAttribute("aria-pressed");

        cut.FindAll(".mud-expand-panel-header")[0].Click();
        cut.Find("input[data-testid=type-StructureUnderAttack], [data-testid=type-StructureUnderAttack] input").Change(true);

        fuelChosen.Should().Be("true");
        // MudCheckBox reports its change asynchronously.
        cut.WaitForAssertion(() => form.Types.Should().Contain("StructureUnderAttack").And.HaveCount(11));
        cut.Find("[data-testid=webhook-preset-fuel]").GetAttribute("aria-pressed").Should().Be("false");
        cut.Find("[data-testid=webhook-preset-description]").TextContent.Trim().Should().Be("Types and pings chosen by hand.");
    }

    [Fact]
    public void TypePicker_NamesFamiliesPlainly()
    {
        var cut = Render<WebhookFields>(p => p.Add(c => c.Form, new WebhookForm { Types = ["MoonminingLaserFired"] }));

        var families = cut.FindAll(".mud-expand-panel-header").Select(h => h.TextContent.Trim()).ToList();

        families.Should().Contain(["Upwell structures (0/25)", "Moon mining (1/5)", "Corporation membership (0/7)", "Customs offices (0/2)"]);
        families.Should().NotContain(f => f.StartsWith("MoonMining", StringComparison.Ordinal) || f.StartsWith("CorporationMembership", StringComparison.Ordinal));
    }
}
