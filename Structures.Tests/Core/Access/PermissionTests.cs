using System.Net;
using Microsoft.EntityFrameworkCore;
using Structures.Core.Access;
using Structures.Core.Data;
using Structures.Core.Notices;
using Structures.Core.Notifications;
using Structures.Core.Owners;
using Structures.Core.Sso;
using Structures.Core.Webhooks;
using Structures.Tests.Infrastructure;

namespace Structures.Tests.Core.Access;

// A user without the permission can neither add an owner nor change a setting: not from the pages, not by
// calling the endpoints directly, and not by reaching Core some other way.
public sealed class PermissionTests() : AppTest(new Dictionary<string, string?> { ["Structures:AdminCharacterIds:0"] = "90000001" })
{
    private const long BadDude = 90000006;

    [Theory]
    [InlineData("/owners/add")]
    [InlineData("/settings/webhooks")]
    [InlineData("/settings/webhooks/new")]
    [InlineData("/settings/access")]
    [InlineData("/admin/notices")]
    public async Task Endpoints_RefuseADirectorWithoutThePermission(string path)
    {
        using var director = await SignedInClientAsync(BadDude);

        using var response = await director.GetAsync(path);

        response.StatusCode.Should().Be(HttpStatusCode.Redirect);
        response.Headers.Location!.AbsolutePath.Should().Be("/denied");
    }

    [Fact]
    public async Task Actions_AreOfferedOnlyToThoseWhoMayUseThem()
    {
        await AddOwnerAsync(90000001);
        using var admin = await SignedInClientAsync(90000001);
        using var member = await SignedInClientAsync(90000003);

        var adminOwners = await admin.GetStringAsync("/owners");
        var memberOwners = await member.GetStringAsync("/owners");
        var memberLayout = await member.GetStringAsync("/structures");

        adminOwners.Should().Contain("owner-sync-98000001").And.Contain("data-testid=\"add-owner\"");
        memberOwners.Should().Contain("Wayne Technologies").And.NotContain("owner-sync-98000001").And.NotContain("data-testid=\"add-owner\"")
            .And.Contain("data-testid=\"add-owner-not-permitted\"");
        memberLayout.Should().NotContain("nav-settings");
    }

    [Fact]
    public async Task AddOwner_WithoutThePermission_AddsNothing()
    {
        var viewer = await SignedInViewerAsync(BadDude);
        var tokens = await Sso.SignInAsync(BadDude);
        var identity = (await Factory.Get<EveTokenValidator>().ValidateAsync(tokens.AccessToken, default)).Identity!;

        var result = await Factory.Get<OwnerRegistry>().AddAsync(viewer, identity, tokens.AccessToken, tokens.RefreshToken!, default);

        result.Outcome.Should().Be(AddOwnerOutcome.NotPermitted);
        await using var db = await DbAsync();
        (await db.Owners.CountAsync()).Should().Be(0);
    }

    [Fact]
    public async Task AddOwner_WithAnAllianceGrant_Works()
    {
        await GrantAsync(Permission.AddStructureOwner, GranteeKind.Alliance, 99000002);
        var viewer = await SignedInViewerAsync(BadDude);
        var tokens = await Sso.SignInAsync(BadDude);
        var identity = (await Factory.Get<EveTokenValidator>().ValidateAsync(tokens.AccessToken, default)).Identity!;

        var result = await Factory.Get<OwnerRegistry>().AddAsync(viewer, identity, tokens.AccessToken, tokens.RefreshToken!, default);

        result.Outcome.Should().Be(AddOwnerOutcome.OwnerCreated);
    }

    [Fact]
    public async Task Settings_WithoutThePermission_ChangeNothing()
    {
        await AddOwnerAsync(BadDude);
        var viewer = await SignedInViewerAsync(BadDude);
        var form = new WebhookForm { Name = "Mine", Url = "https://discord.com/api/webhooks/1/abc" };

        var results = new[]
        {
            await Factory.Get<WebhookAdministration>().SaveAsync(viewer, null, form, default),
            await Factory.Get<GrantAdministration>().GrantAsync(viewer, Permission.ManageSettings, GranteeKind.Character, BadDude, default),
            await Factory.Get<OwnerAdministration>().SaveAsync(viewer, 98000003, new OwnerForm { IsActive = false }, default),
            await Factory.Get<OwnerAdministration>().SyncNowAsync(viewer, 98000003, default),
            await Factory.Get<NotificationResender>().ResendAsync(viewer, 1, withPings: true, default),
            await Factory.Get<DataPurge>().PurgeAsync(viewer, DataPurge.Confirmation, default),
        };

        results.Should().AllSatisfy(r => r.Should().Be(ChangeResult.NotPermitted));
        (await Factory.Get<WebhookAdministration>().SendTestAsync(viewer, 1, default)).Ok.Should().BeFalse();
        (await Factory.Get<DataPurge>().SummaryAsync(viewer, default)).Should().BeEmpty();
        (await Factory.Get<AdminNoticeList>().RecentNoticesAsync(viewer, 10, default)).Should().BeEmpty("adding the owner left a notice only admins may read");
        (await Factory.Get<AdminNoticeList>().ProblemNotificationsAsync(viewer, 10, default)).Should().BeEmpty();
        await using var db = await DbAsync();
        (await db.Webhooks.CountAsync()).Should().Be(0);
        (await db.PermissionGrants.CountAsync(g => g.GranteeKind != GranteeKind.OwnerMembers)).Should().Be(0);
        (await db.Owners.SingleAsync()).IsActive.Should().BeTrue();
        (await db.AdminNotices.CountAsync()).Should().BeGreaterThan(0);
    }

    [Fact]
    public async Task ConfiguredAdmin_MayChangeSettings_AndBadInputIsRefusedWithTheReason()
    {
        var admin = await SignedInViewerAsync(90000001);
        var settings = Factory.Get<WebhookAdministration>();

        var noName = await settings.SaveAsync(admin, null, new WebhookForm { Url = "https://discord.com/api/webhooks/1/abc" }, default);
        var notDiscord = await settings.SaveAsync(admin, null, new WebhookForm { Name = "X", Url = "https://evil.example/api/webhooks/1/abc" }, default);
        var plainHttp = await settings.SaveAsync(admin, null, new WebhookForm { Name = "X", Url = "http://discord.com/api/webhooks/1/abc" }, default);
        var notAWebhook = await settings.SaveAsync(admin, null, new WebhookForm { Name = "X", Url = "https://discord.com/channels/1/2" }, default);
        var badRoles = await settings.SaveAsync(admin, null, new WebhookForm { Name = "X", Url = "https://discord.com/api/webhooks/1/abc", PingRoleIds = "@everyone" }, default);
        var badType = await settings.SaveAsync(admin, null, new WebhookForm { Name = "X", Url = "https://discord.com/api/webhooks/1/abc", Types = ["NoSuchType"] }, default);
        var good = await settings.SaveAsync(admin, null, new WebhookForm { Name = "Ops", Url = "https://discord.com/api/webhooks/123/abc-DEF_1", Types = ["StructureUnderAttack"] }, default);
        var duplicate = await settings.SaveAsync(admin, null, new WebhookForm { Name = "Ops", Url = "https://discord.com/api/webhooks/124/abc" }, default);

        noName.Message.Should().Be("Give the webhook a name.");
        notDiscord.Message.Should().StartWith("Webhooks must point at Discord");
        plainHttp.Message.Should().Be("Discord webhook URLs use https://.");
        notAWebhook.Message.Should().StartWith("The address is not a webhook");
        badRoles.Message.Should().StartWith("Discord role IDs are numbers");
        badType.Message.Should().Be("Unknown notification type(s): NoSuchType.");
        good.Should().Be(ChangeResult.Done("Webhook Ops saved."));
        duplicate.Message.Should().Be("There is already a webhook called Ops.");
        await using var db = await DbAsync();
        (await db.Webhooks.SingleAsync()).NotificationTypes.Should().Be("StructureUnderAttack");
    }
}
