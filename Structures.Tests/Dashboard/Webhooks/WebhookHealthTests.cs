using Microsoft.Extensions.DependencyInjection;
using Structures.Core.Webhooks;
using Structures.Dashboard.Webhooks;
using Structures.Tests.Infrastructure;

namespace Structures.Tests.Dashboard.Webhooks;

public sealed class WebhookHealthTests : ComponentTest
{
    private static readonly DateTime Sent = new(2026, 11, 30, 12, 0, 0, DateTimeKind.Utc);

    public WebhookHealthTests() => Services.AddLocalization();

    [Theory]
    [InlineData(true, null, null, "OK")]
    [InlineData(true, null, "Discord answered 503 Service Unavailable", "Failing: Discord answered 503 Service Unavailable")]
    [InlineData(false, "Discord says this webhook no longer exists (404 Unknown Webhook).", null, "Disabled: Discord says this webhook no longer exists (404 Unknown Webhook).")]
    [InlineData(false, null, null, "Inactive")]
    public void Health_SaysWhatIsWrong(bool active, string? disabledReason, string? lastError, string shown)
    {
        var webhook = new WebhookSummary(1, "Ops", active, false, disabledReason, 1, 0, 2, Sent, null, lastError);

        var cut = Render<WebhookHealth>(p => p.Add(c => c.Webhook, webhook));

        cut.Find(".mud-chip").TextContent.Trim().Should().Be(shown);
    }

    [Theory]
    [InlineData(false, false, "Untested")]
    [InlineData(true, false, "OK")]
    [InlineData(false, true, "OK")]
    public void Health_NeverReachedDiscord_SaysUntested_UntilATestOrAMessageGoesOut(bool delivered, bool tested, string shown)
    {
        var webhook = new WebhookSummary(1, "Ops", true, false, null, 1, 0, 0, delivered ? Sent : null, tested ? Sent : null, null);

        var cut = Render<WebhookHealth>(p => p.Add(c => c.Webhook, webhook));

        cut.Find(".mud-chip").TextContent.Trim().Should().Be(shown);
    }
}
