using System.Text.Json;
using System.Text.RegularExpressions;
using Structures.Tests.Benchmarks;
using Structures.Tests.Infrastructure;

namespace Structures.Tests.Dashboard.Deploy;

public sealed partial class ComposeRecipeTests
{
    private static readonly string[] Instances = ["app1", "app2"];

    [Fact]
    public void Compose_RunsTwoInstancesOfTheImage_OnePostgreSql_AndAProxy()
    {
        ComposeRecipe.Services().Children.Keys.Select(k => k.ToString()).Should().BeEquivalentTo("postgres", "keys", "app1", "app2", "proxy");
        var container = ComposeRecipe.ContainerSettings().GetProperty("Properties");
        var image = $"{container.GetProperty("ContainerRepository").GetString()}:{container.GetProperty("ContainerImageTag").GetString()}";

        foreach (var app in Instances)
        {
            ComposeRecipe.Service(app)["image"].ToString().Should().Be(image, "the instances run the image dotnet publish -t:PublishContainer makes");
            var environment = ComposeRecipe.Environment(app);
            environment["Data__Provider"].Should().Be("PostgreSQL");
            environment["Data__ConnectionString"].Should().StartWith("Host=postgres;Database=structures;Username=structures;");
            environment["ASPNETCORE_HTTP_PORTS"].Should().Be(ComposeRecipe.ContainerSettings().GetProperty("Items").GetProperty("ContainerPort")[0].GetProperty("Identity").GetString());
        }

        ComposeRecipe.Environment("app1").Should().Equal(ComposeRecipe.Environment("app2"), "both instances are configured alike");
        ComposeRecipe.Environment("postgres")["POSTGRES_DB"].Should().Be("structures");
    }

    // The image's command is what the SDK computes from the project; a working directory it joins wrongly to the app's
    // file name makes an image that cannot start.
    [Fact]
    public void Image_StartsTheAppInItsWorkingDirectory()
    {
        var container = ComposeRecipe.ContainerSettings();
        var workingDirectory = container.GetProperty("Properties").GetProperty("ContainerWorkingDirectory").GetString();
        var command = container.GetProperty("Items").GetProperty("ContainerAppCommand").EnumerateArray().Select(c => c.GetProperty("Identity").GetString()).ToList();

        command.Should().Equal("dotnet", $"{workingDirectory!.TrimEnd('/')}/Structures.Dashboard.dll");
    }

    // The runtime reads these from the environment only: the systemd install's file sets them, and the image and the
    // demo's launch profile set the same.
    [Fact]
    public void ImageAndDemo_SetTheRuntimesVariables_AsTheSystemdInstallDoes()
    {
        var shipped = ProductGcSettings.RuntimeVariables().ToList();
        var image = ComposeRecipe.ContainerSettings().GetProperty("Items").GetProperty("ContainerEnvironmentVariable").EnumerateArray()
            .ToDictionary(v => v.GetProperty("Identity").GetString()!, v => v.GetProperty("Value").GetString());
        using var launch = JsonDocument.Parse(File.ReadAllText(Path.Combine(BrowserFixture.RepositoryRoot(), "Structures.Dashboard", "Properties", "launchSettings.json")));
        var demo = launch.RootElement.GetProperty("profiles").GetProperty("Structures.Dashboard").GetProperty("environmentVariables");

        shipped.Should().NotBeEmpty();
        foreach (var (name, value) in shipped)
        {
            image.Should().Contain(name, value, "the image runs as the systemd install does");
            demo.GetProperty(name).GetString().Should().Be(value, "the demo runs as an install does");
        }
    }

    [Fact]
    public void Compose_SharesOneKeyRingFolder_OwnedByTheImagesUser()
    {
        foreach (var app in Instances)
        {
            var keys = ComposeRecipe.Environment(app)["DataProtection__KeysPath"];
            ComposeRecipe.Service(app)["volumes"].AllNodes.Select(n => n.ToString()).Should().Contain($"keys:{keys}", "a cookie from one instance must open on the other");
        }

        ComposeRecipe.Service("keys")["command"].AllNodes.Select(n => n.ToString()).Should().ContainInOrder("chown", "-R", "1654:1654");
    }

    [Fact]
    public void Compose_SetsOnlySettingsTheAppReads()
    {
        using var sample = JsonDocument.Parse(File.ReadAllText(Path.Combine(BrowserFixture.RepositoryRoot(), "appsettings.sample.json")), new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip });
        var names = Instances.SelectMany(a => ComposeRecipe.Environment(a).Keys).Concat(ComposeRecipe.EnvFile().Keys).Distinct()
            .Where(n => !n.StartsWith("ASPNETCORE_", StringComparison.Ordinal) && n != "STRUCTURES_HOST");

        foreach (var name in names)
        {
            var path = name.Split("__").Where(p => !p.All(char.IsAsciiDigit));
            path.Aggregate((JsonElement?)sample.RootElement, (parent, part) => parent is { ValueKind: JsonValueKind.Object } p && p.TryGetProperty(part, out var child) ? child : null)
                .Should().NotBeNull($"{name} should be a setting of the app (appsettings.sample.json lists every one)");
        }
    }

    [Fact]
    public void Proxy_IsSticky_ChecksHealthUnderTheSitesName_FailsOver_AndBelievesOnlyTheComposeNetwork()
    {
        var proxy = ComposeRecipe.CaddyConfig().GetProperty("apps").GetProperty("http").GetProperty("servers").EnumerateObject().Single().Value
            .GetProperty("routes")[0].GetProperty("handle")[0].GetProperty("routes")[0].GetProperty("handle")[0];

        proxy.GetProperty("handler").GetString().Should().Be("reverse_proxy");
        proxy.GetProperty("upstreams").EnumerateArray().Select(u => u.GetProperty("dial").GetString()).Should().Equal(Instances.Select(a => $"{a}:8080"));
        proxy.GetProperty("load_balancing").GetProperty("selection_policy").GetProperty("policy").GetString().Should().Be("cookie", "Blazor Server needs sticky sessions");
        proxy.GetProperty("health_checks").GetProperty("active").GetProperty("uri").GetString().Should().Be("/health/ready");
        proxy.GetProperty("health_checks").GetProperty("active").GetProperty("headers").GetProperty("Host").EnumerateArray().Select(h => h.GetString())
            .Should().Equal([ComposeRecipe.EnvFile()["AllowedHosts"]], "the app answers 400 to any other host name, which would take every instance out");
        proxy.GetProperty("load_balancing").GetProperty("try_duration").GetInt64().Should().BePositive("a request a dead instance refuses goes to the other one");
        proxy.GetProperty("health_checks").GetProperty("passive").GetProperty("fail_duration").GetInt64().Should().BePositive("a dead instance is not tried again until the next health check");
        var subnet = SubnetLine().Match(File.ReadAllText(Path.Combine(ComposeRecipe.Folder, "compose.yaml"))).Groups[1].Value;
        ComposeRecipe.Environment("app1")["ForwardedHeaders__KnownNetworks__0"].Should().Be(subnet, "the proxy's forwarded headers are believed from the compose network only");
    }

    [GeneratedRegex(@"subnet: (\S+)")]
    private static partial Regex SubnetLine();
}
