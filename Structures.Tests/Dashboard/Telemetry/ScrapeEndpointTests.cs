using System.Net;
using Structures.Tests.Infrastructure;

namespace Structures.Tests.Dashboard.Telemetry;

// A scrape reads every meter named "Structures" in the process, other tests' apps' too, and their gauges read their
// databases: these tests run alone, so that they read no app but their own.
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class ScrapeTests
{
    public const string Name = "Scrapes";
}

[Collection(ScrapeTests.Name)]
public sealed class ScrapeEndpointTests() : AppTest(new Dictionary<string, string?> { ["Structures:AdminCharacterIds:0"] = "90000001" })
{
    [Fact]
    public async Task Metrics_Anonymous_AreRefused_AndSentToSignIn()
    {
        using var response = await Http.GetAsync("/metrics");

        response.StatusCode.Should().Be(HttpStatusCode.Redirect);
        response.Headers.Location!.ToString().Should().Contain("/auth/login");
        (await response.Content.ReadAsStringAsync()).Should().NotContain("structures_");
    }

    [Fact]
    public async Task Metrics_ForAMemberWhoIsNoAdmin_AreRefused()
    {
        using var member = await SignedInClientAsync(90000003);

        using var response = await member.GetAsync("/metrics");

        response.StatusCode.Should().Be(HttpStatusCode.Redirect);
        response.Headers.Location!.ToString().Should().Contain("/denied");
        (await response.Content.ReadAsStringAsync()).Should().NotContain("structures_");
    }

    [Fact]
    public async Task Metrics_ForAnAdmin_AreThePrometheusText_WithTheAppsMetricNames()
    {
        var webhook = await TestWebhooks.AddAsync(Factory);
        await TestWebhooks.QueueAsync(Factory, webhook, 1);
        (await Factory.Get<global::Structures.Core.Webhooks.WebhookDispatcher>().DrainAsync(webhook, default)).Should().BeNull("the message is posted at once");
        await TestWebhooks.QueueAsync(Factory, webhook, 2);
        using var admin = await SignedInClientAsync(90000001);

        using var response = await admin.GetAsync("/metrics");

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        response.Content.Headers.ContentType!.MediaType.Should().Be("text/plain");
        var text = await response.Content.ReadAsStringAsync();
        text.Should().Contain("# TYPE structures_live_pages gauge")
            .And.Contain("# TYPE structures_webhooks_queue_depth gauge")
            .And.MatchRegex("structures_webhooks_queue_depth\\{[^}]*webhook=\"alpha\"[^}]*\\} 2")
            .And.MatchRegex("structures_messages_delivered_total\\{[^}]*webhook=\"alpha\"[^}]*\\} 1")
            .And.Contain("# TYPE structures_messages_delivery_latency_seconds histogram");
    }

    [Fact]
    public async Task Metrics_WithAPortOfTheirOwn_AreServedThereOnly()
    {
        var port = FreePort.Next();
        await using var factory = new DashboardFactory(new Dictionary<string, string?> { ["Telemetry:Prometheus:Port"] = port.ToString(System.Globalization.CultureInfo.InvariantCulture) });
        using var app = factory.CreateHttpClient();
        using var onItsPort = new HttpClient();

        using var there = await onItsPort.GetAsync($"http://127.0.0.1:{port}/metrics");
        using var onTheApp = await app.GetAsync("/metrics");

        there.StatusCode.Should().Be(HttpStatusCode.OK);
        (await there.Content.ReadAsStringAsync()).Should().Contain("# TYPE structures_live_pages gauge");
        onTheApp.StatusCode.Should().Be(HttpStatusCode.NotFound);
        factory.ThrowOnUnexpectedLogs("while serving metrics on their own port");
    }
}
