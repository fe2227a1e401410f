using Microsoft.Extensions.DependencyInjection;
using Structures.Core.Webhooks;
using Structures.Dashboard.Webhooks;
using Structures.Tests.Infrastructure;

namespace Structures.Tests.Dashboard.Webhooks;

public sealed class WebhookFieldsTests : ComponentTest
{
    public WebhookFieldsTests() => Services.AddOptions().AddLocalization();

    [Fact]
    public void Empty_Form_SaysWhatIsMissing_AndDoesNotSubmit()
    {
        var submitted = false;
        var cut = Render<WebhookFields>(p => p.Add(c => c.Form, new WebhookForm()).Add(c => c.OnValidSubmit, () => submitted = true));

        cut.Find("form").Submit();

        submitted.Should().BeFalse();
        cut.Markup.Should().Contain("Give the webhook a name.").And.Contain("Enter the webhook URL Discord shows");
    }

    [Fact]
    public void BadRoleIds_AreRefusedWithTheRule()
    {
        var submitted = false;
        var form = new WebhookForm { Name = "Ops", Url = "https://discord.com/api/webhooks/1/abc", PingRoleIds = "admins" };
        var cut = Render<WebhookFields>(p => p.Add(c => c.Form, form).Add(c => c.OnValidSubmit, () => submitted = true));

        cut.Find("form").Submit();

        submitted.Should().BeFalse();
        cut.Markup.Should().Contain("Discord role IDs are numbers of 17 to 20 digits");
    }

    [Fact]
    public void AValidForm_Submits_AndTheTypePickerChangesTheTypes()
    {
        var submitted = false;
        var form = new WebhookForm { Name = "Ops", Url = "https://discord.com/api/webhooks/1/abc", Types = ["StructureUnderAttack"] };
        var cut = Render<WebhookFields>(p => p.Add(c => c.Form, form).Add(c => c.OnValidSubmit, () => submitted = true));

        cut.Find(".mud-expand-panel-header").Click();
        cut.Find("[data-testid=type-StructureLostShields] input, input[data-testid=type-StructureLostShields]").Change(true);
        cut.Find("[data-testid=type-StructureUnderAttack] input, input[data-testid=type-StructureUnderAttack]").Change(false);
        cut.Find("form").Submit();

        // MudForm validates asynchronously before it calls back.
        cut.WaitForAssertion(() => submitted.Should().BeTrue());
        form.Types.Should().BeEquivalentTo(["StructureLostShields"]);
    }
}
