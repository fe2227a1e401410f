using Structures.Core.Notifications;
using Structures.Dashboard.Notifications;
using Structures.Tests.Infrastructure;

namespace Structures.Tests.Dashboard.Notifications;

public sealed class ResendConfirmationTests : ComponentTest
{
    private static readonly ResendPlan TwoChannels = new("StructureUnderAttack", [new ResendTarget("Ops", "@everyone <@&1234>"), new ResendTarget("Logs", null)], null);

    [Fact]
    public void Confirmation_NamesEveryChannel_AndThePingsEachMessageCarries()
    {
        var cut = Render<ResendConfirmation>(p => p.Add(c => c.Plan, TwoChannels));

        cut.Find("[data-testid=resend-target-Ops]").TextContent.Should().Be("Ops: pings @everyone, role 1234");
        cut.Find("[data-testid=resend-target-Logs]").TextContent.Should().Be("Logs: no pings");
        cut.Markup.Should().Contain("StructureUnderAttack goes again, titled \"[Resent]\", to:");
        cut.Find("[data-testid=resend-with-pings]").TextContent.Trim().Should().Be("Send with pings");
    }

    [Theory]
    [InlineData("resend-without-pings", false)]
    [InlineData("resend-with-pings", true)]
    public void Choice_IsTheButtonPressed(string button, bool withPings)
    {
        bool? chosen = null;
        var cut = Render<ResendConfirmation>(p => p.Add(c => c.Plan, TwoChannels).Add(c => c.OnChoose, (bool choice) => chosen = choice));

        cut.Find($"[data-testid={button}]").Click();

        chosen.Should().Be(withPings);
    }

    [Fact]
    public void Refusal_IsSaid_AndNothingCanBeSent()
    {
        var cut = Render<ResendConfirmation>(p => p.Add(c => c.Plan, new ResendPlan("StructureUnderAttack", [], "No webhook takes StructureUnderAttack for this owner.")));

        cut.Find("[data-testid=resend-refusal]").TextContent.Should().Contain("No webhook takes StructureUnderAttack");
        cut.FindAll("[data-testid=resend-with-pings], [data-testid=resend-without-pings]").Should().BeEmpty();
    }
}
