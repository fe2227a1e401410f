using Microsoft.Extensions.DependencyInjection;
using Structures.Core.Webhooks;
using Structures.Dashboard.Webhooks;
using Structures.Tests.Infrastructure;

namespace Structures.Tests.Dashboard.Webhooks;

public sealed class TypePingsEditorTests : ComponentTest
{
    private const string Role = "111111111111111111";

    public TypePingsEditorTests() => Services.AddLocalization();

    [Fact]
    public void Render_TypesByFamily_InWords_WithTheWebhooksChoices()
    {
        var cut = Render(Choices(new Dictionary<string, TypePing> { ["StructureFuelAlert"] = new(PingLevel.Everyone, [Role]) }), _ => Task.CompletedTask);

        cut.Find("[data-testid=pings-family-Upwell]").TextContent.Should().Contain("Structure fuel alert").And.Contain("StructureFuelAlert");
        cut.Find("[data-testid=pings-family-Sovereignty]").TextContent.Should().Contain("… in … has entered reinforced mode");
        cut.Find("[data-testid=ping-level-StructureFuelAlert]").GetAttribute("value").Should().Be("Everyone");
        cut.Find("input[data-testid=ping-roles-StructureFuelAlert]").GetAttribute("value").Should().Be(Role);
        cut.Find("[data-testid=ping-level-StructureUnderAttack]").GetAttribute("value").Should().Be("Default");
        cut.Find("[data-testid=ping-level-StructureUnderAttack] option").TextContent.Should().Be("Default (@everyone)", "danger pings @everyone by default");
        cut.Find("[data-testid=ping-level-StructureRefueledExtra] option").TextContent.Should().Be("Default (the alert rule's)");
        cut.Find("[data-testid=ping-row-StructureFuelAlert]").TextContent.Should().NotContain("not forwarded");
        cut.Find("[data-testid=ping-row-StructureUnderAttack]").TextContent.Should().Contain("not forwarded by this webhook");
        cut.FindAll("[data-testid=pings-default-off]").Should().BeEmpty();
    }

    [Theory]
    [InlineData("fuel alert", "StructureFuelAlert", "StructureUnderAttack")]
    [InlineData("TowerAlertMsg", "TowerAlertMsg", "StructureFuelAlert")]
    [InlineData("moon mining", "MoonminingExtractionStarted", "StructureFuelAlert")]
    public void Search_ByWordsCodeNameOrFamily_ShowsOnlyMatchingTypes(string search, string shown, string hidden)
    {
        var cut = Render(Choices(), _ => Task.CompletedTask);

        cut.Find("input[data-testid=pings-search]").Input(search);

        cut.FindAll($"[data-testid=ping-row-{shown}]").Should().ContainSingle();
        cut.FindAll($"[data-testid=ping-row-{hidden}]").Should().BeEmpty();
    }

    [Fact]
    public void Search_MatchingNothing_SaysSo()
    {
        var cut = Render(Choices(), _ => Task.CompletedTask);

        cut.Find("input[data-testid=pings-search]").Input("no such thing at all");

        cut.FindAll("[data-testid^=ping-row-]").Should().BeEmpty();
        cut.Find("[data-testid=pings-nothing-found]").TextContent.Should().Be("No notification type matches the search.");
    }

    [Fact]
    public void Save_SendsTheChosenLevelsAndRoles_ForEveryType()
    {
        IReadOnlyDictionary<string, TypePingEntry>? saved = null;
        var cut = Render(Choices(), entries => { saved = entries; return Task.CompletedTask; });

        cut.Find("[data-testid=ping-level-TowerAlertMsg]").Change("None");
        cut.Find("input[data-testid=ping-roles-TowerAlertMsg]").Change($"{Role}, 222222222222222222");
        cut.Find("[data-testid=pings-save]").Click();

        saved.Should().NotBeNull();
        saved!["TowerAlertMsg"].Should().Be(new TypePingEntry(PingLevel.None, $"{Role}, 222222222222222222"));
        saved["StructureUnderAttack"].Should().Be(new TypePingEntry(PingLevel.Default, ""));
        saved.Keys.Should().HaveCount(global::Structures.Core.Notifications.NotificationTypes.All.Count);
    }

    [Fact]
    public void Render_WebhookWithDefaultPingsOff_SaysTheLevelsWaitForThem()
    {
        var cut = Render(Choices() with { HasDefaultPingsEnabled = false }, _ => Task.CompletedTask);

        cut.Find("[data-testid=pings-default-off]").TextContent.Should().Contain("Role mentions always go.");
    }

    private IRenderedComponent<TypePingsEditor> Render(WebhookPingChoices choices, Func<IReadOnlyDictionary<string, TypePingEntry>, Task> onSave) =>
        Render<TypePingsEditor>(p => p.Add(c => c.Choices, choices).Add(c => c.OnSave, onSave));

    private static WebhookPingChoices Choices(Dictionary<string, TypePing>? pings = null) =>
        new(7, "Ops", true, new HashSet<string> { "StructureFuelAlert", "TowerAlertMsg" }, pings ?? []);
}
