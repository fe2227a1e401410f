using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using Structures.Core.Notices;
using Structures.Core.Structures;
using Structures.Tests.Infrastructure;

namespace Structures.Tests.Core.Structures;

public sealed class StructureSyncFaultTests() : AppTest(new Dictionary<string, string?>
{
    ["Simulation:PageSize"] = "10",
    ["Simulation:AccessTokenSeconds"] = "7200",
}, fakeClock: true)
{
    private const long Wayne = 98000001;
    private const int WayneStructures = 23;

    public override async Task InitializeAsync()
    {
        await AddOwnerAsync(90000001);
        var first = await SyncAsync(Wayne);
        first.Complete.Should().BeTrue(first.Error);
        Clock.Advance(TimeSpan.FromMinutes(61));
    }

    [Theory]
    [InlineData(502, "daily downtime")]
    [InlineData(500, "HTTP 500")]
    public async Task ServerErrors_KeepEverything_SayWhat_AndTheNextRunRecovers(int status, string words)
    {
        await InjectFaultAsync(new { target = "/sim/esi/corporations/98000001/structures", kind = "Status", status });

        var failed = await SyncAsync(Wayne);
        await Http.DeleteAsync("/sim/control/faults");
        var recovered = await SyncAsync(Wayne);

        failed.Complete.Should().BeFalse();
        failed.Error.Should().Contain("Upwell structures").And.Contain(words);
        await AssertStatusRecovered(failed.Error!, recovered);
    }

    [Fact]
    public async Task ErrorLimit_StopsEveryCall_UntilTheReset()
    {
        await InjectFaultAsync(new { target = "/sim/esi/corporations/98000001/starbases", kind = "ErrorLimited", count = 1 });

        var limited = await SyncAsync(Wayne);
        await InjectFaultAsync(new { target = "*", kind = "Status", status = 500, count = 1 });
        var paused = await SyncAsync(Wayne);
        var fault = await Http.GetFromJsonAsync<List<object>>("/sim/control/faults");
        Clock.Advance(TimeSpan.FromSeconds(61));
        await Http.DeleteAsync("/sim/control/faults");
        var recovered = await SyncAsync(Wayne);

        limited.Error.Should().Contain("error limit");
        paused.Error.Should().Contain("paused until");
        fault.Should().HaveCount(1, "no call reached ESI while paused");
        await AssertStatusRecovered(limited.Error!, recovered);
    }

    [Fact]
    public async Task RateLimit_HonoursRetryAfter()
    {
        await InjectFaultAsync(new { target = "/sim/esi/corporations/98000001/starbases", kind = "RateLimited", retryAfterSeconds = 30, count = 1 });

        var limited = await SyncAsync(Wayne);
        var waiting = await SyncAsync(Wayne);
        Clock.Advance(TimeSpan.FromSeconds(31));
        var recovered = await SyncAsync(Wayne);

        limited.Error.Should().Contain("slow down");
        waiting.Error.Should().Contain("wait until");
        await AssertStatusRecovered(limited.Error!, recovered);
    }

    [Fact]
    public async Task MalformedJson_IsReported_NotFatal()
    {
        await InjectFaultAsync(new { target = "/sim/esi/corporations/98000001/customs_offices", kind = "MalformedJson", count = 1 });

        var failed = await SyncAsync(Wayne);
        var recovered = await SyncAsync(Wayne);

        failed.Error.Should().Contain("could not be read");
        await AssertStatusRecovered(failed.Error!, recovered);
    }

    [Fact]
    public async Task OnePageOfSeveral_FailsTheAssetStage_OnlyThat()
    {
        await InjectFaultAsync(new { target = "/sim/esi/corporations/98000001/assets", kind = "Status", status = 503, page = 3, count = 10 });

        var failed = await SyncAsync(Wayne);

        failed.Error.Should().Contain("Assets: Page 3 of");
        await using var db = await DbAsync();
        var owner = await db.Owners.SingleAsync(o => o.CorporationId == Wayne);
        owner.StructuresSync.LastError.Should().BeNull();
        owner.AssetsSync.LastError.Should().Contain("Page 3");
        (await db.Structures.CountAsync()).Should().Be(WayneStructures);
        await Http.DeleteAsync("/sim/control/faults");
        await AssertStatusRecovered(failed.Error!, await SyncAsync(Wayne));
    }

    [Fact]
    public async Task ADemotedDirector_IsDisabledAtTheNextSync_WithTheReason()
    {
        await Http.PostAsJsonAsync("/sim/control/characters/90000001/roles", new { roles = Array.Empty<string>() });

        var result = await SyncAsync(Wayne);

        result.Error.Should().Be("No character can sync Wayne Technologies: Bruce Wayne is not a director of Wayne Technologies any more.");
        await using var db = await DbAsync();
        var character = await db.OwnerCharacters.SingleAsync();
        character.IsEnabled.Should().BeFalse();
        character.DisabledReason.Should().Contain("not a director");
        (await db.Structures.CountAsync()).Should().Be(WayneStructures);
        var notice = await db.AdminNotices.SingleAsync(n => n.Level == NoticeLevel.Danger);
        notice.Title.Should().Be("Bruce Wayne no longer syncs Wayne Technologies");
        notice.Message.Should().Contain("not a director").And.Contain("no sync character left");
    }

    [Fact]
    public async Task TokenRevokedWhileInUse_DisablesTheCharacter_AndReAddingRecovers()
    {
        await Http.PostAsync("/sim/control/tokens/90000001/revoke", null);

        var rejected = await SyncAsync(Wayne);
        var noCharacter = await SyncAsync(Wayne);
        await AddOwnerAsync(90000001);
        var recovered = await SyncAsync(Wayne);

        rejected.Error.Should().Contain("EVE SSO refused the character's token").And.Contain("add the character again");
        noCharacter.Error.Should().Be("No character can sync Wayne Technologies: no enabled sync character");
        await using (var db = await DbAsync())
        {
            (await db.AdminNotices.Where(n => n.Level == NoticeLevel.Danger).Select(n => n.Message).SingleAsync()).Should().Contain("EVE SSO refused");
        }

        await AssertStatusRecovered(noCharacter.Error!, recovered);
    }

    private async Task AssertStatusRecovered(string error, StructureSyncResult recovered)
    {
        error.Should().NotContain("Exception");
        recovered.Complete.Should().BeTrue(recovered.Error);
        await using var db = await DbAsync();
        (await db.Structures.CountAsync()).Should().Be(WayneStructures, "nothing was deleted");
        var owner = await db.Owners.SingleAsync(o => o.CorporationId == Wayne);
        owner.StructuresSync.LastError.Should().BeNull();
        owner.StructuresSync.LastSuccessAt.Should().Be(Clock.GetUtcNow().UtcDateTime);
        (await db.OwnerCharacters.AllAsync(c => c.IsEnabled)).Should().BeTrue();
    }
}
