using Structures.Core.Access;
using Structures.Core.Owners;
using Structures.Dashboard.Access;
using Structures.Dashboard.Owners;
using Structures.Tests.Infrastructure;

namespace Structures.Tests.Dashboard.Owners;

public sealed class SettingsFormsTests : ComponentTest
{
    [Fact]
    public void OwnerForm_RefusesRoleNames_AndSavesRoleIds()
    {
        var saved = 0;
        var form = new OwnerForm { PingRoleIds = "@officers" };
        var cut = Render<OwnerFields>(p => p.Add(c => c.Form, form).Add(c => c.OnValidSubmit, () => saved++));

        cut.Find("form").Submit();
        cut.Markup.Should().Contain("Discord role IDs are numbers of 17 to 20 digits");
        saved.Should().Be(0);

        cut.Find("[data-testid=owner-field-roles]").Input("123456789012345678, 223456789012345678");
        cut.Find("form").Submit();
        saved.Should().Be(1);
    }

    [Fact]
    public void Grant_WithoutWhoOrWhat_SaysSo()
    {
        GrantRequest? granted = null;
        var cut = Render<GrantFields>(p => p.Add(c => c.Grantees, [new Grantee(GranteeKind.Alliance, 99000001, "Wayne Enterprises")])
            .Add(c => c.OnGrant, (GrantRequest r) => granted = r));

        cut.Find("form").Submit();

        granted.Should().BeNull();
        cut.Markup.Should().Contain("Choose who receives the permission.").And.Contain("Choose a permission.");
    }
}
