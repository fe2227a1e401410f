using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using Structures.Core.Owners;
using Structures.Tests.Infrastructure;

namespace Structures.Tests.Core.Owners;

public sealed class SyncCharacterPickerTests() : AppTest(fakeClock: true)
{
    [Fact]
    public async Task Rotation_SpreadsFetchesEvenlyOverTheCharacters()
    {
        await AddOwnerAsync(90000001);
        await AddOwnerAsync(90000002);
        var picks = new List<long>();

        for (var minute = 0; minute < 240; minute += 5)
        {
            await using var db = await DbAsync();
            var owner = await db.Owners.Include(o => o.Characters).SingleAsync();
            var pick = await Factory.Get<SyncCharacterPicker>().PickAsync(owner, SyncKind.Notifications, default);
            picks.Add(pick.Character!.CharacterId);
            await db.SaveChangesAsync();
            Clock.Advance(TimeSpan.FromMinutes(5));
        }

        picks.Count(p => p == 90000001).Should().Be(24);
        picks.Count(p => p == 90000002).Should().Be(24);
        picks.Zip(picks.Skip(1)).Should().OnlyContain(pair => pair.First != pair.Second, "each pick finds the other character's cache fresh");
    }

    [Fact]
    public async Task RotationStamp_MovesOnlyOnceTheCharactersShareOfTheCacheHasPassed()
    {
        await AddOwnerAsync(90000001);
        await AddOwnerAsync(90000002);
        await using var db = await DbAsync();
        var owner = await db.Owners.Include(o => o.Characters).SingleAsync();
        var picker = Factory.Get<SyncCharacterPicker>();

        var first = await picker.PickAsync(owner, SyncKind.Structures, default);
        Clock.Advance(TimeSpan.FromMinutes(1));
        var second = await picker.PickAsync(owner, SyncKind.Structures, default);
        Clock.Advance(TimeSpan.FromMinutes(1));
        var third = await picker.PickAsync(owner, SyncKind.Structures, default);

        second.Character.Should().NotBeSameAs(first.Character);
        third.Character.Should().BeSameAs(first.Character, "it is the least recently used");
        first.Character!.StructuresLastUsedAt.Should().Be(Clock.GetUtcNow().UtcDateTime.AddMinutes(-2), "30 minutes, its share of the hour, have not passed");
    }

    [Fact]
    public async Task CharacterThatLeftTheCorporation_IsDisabledWithTheReason_AndAnotherIsUsed()
    {
        await AddOwnerAsync(90000001);
        await AddOwnerAsync(90000002);
        await using var db = await DbAsync();
        var owner = await db.Owners.Include(o => o.Characters).SingleAsync();
        owner.CorporationId.Should().Be(98000001);
        owner.Characters.Single(c => c.CharacterId == 90000001).OwnerId.Should().Be(98000001);
        var wayne = owner.CorporationName;
        owner.CorporationId = 98000001;
        owner.Characters.Single(c => c.CharacterId == 90000001).CharacterId = 90000004;

        var pick = await Factory.Get<SyncCharacterPicker>().PickAsync(owner, SyncKind.Structures, default);

        pick.Character!.CharacterId.Should().Be(90000002);
        var moved = owner.Characters.Single(c => c.CharacterId == 90000004);
        moved.IsEnabled.Should().BeFalse();
        moved.DisabledReason.Should().Be($"Bruce Wayne left {wayne}.");
    }

    [Fact]
    public async Task NoUsableCharacter_SaysWhy()
    {
        await AddOwnerAsync(90000001);
        await Http.PostAsync("/sim/control/tokens/90000001/revoke", null);
        await using var db = await DbAsync();
        var owner = await db.Owners.Include(o => o.Characters).SingleAsync();

        var pick = await Factory.Get<SyncCharacterPicker>().PickAsync(owner, SyncKind.Structures, default);

        pick.Found.Should().BeFalse();
        pick.Error.Should().StartWith("No character can sync Wayne Technologies: Bruce Wayne: EVE SSO refused");
        owner.Characters.Single().IsEnabled.Should().BeFalse();
    }

    [Fact]
    public async Task ADemotedDirector_IsDisabledWithTheReason_AndAnotherIsUsed()
    {
        await AddOwnerAsync(90000001);
        await AddOwnerAsync(90000002);
        await Http.PostAsJsonAsync("/sim/control/characters/90000001/roles", new { roles = Array.Empty<string>() });
        Clock.Advance(TimeSpan.FromHours(2));
        await using var db = await DbAsync();
        var owner = await db.Owners.Include(o => o.Characters).SingleAsync();

        var pick = await Factory.Get<SyncCharacterPicker>().PickAsync(owner, SyncKind.Structures, default);

        pick.Character!.CharacterId.Should().Be(90000002);
        var demoted = owner.Characters.Single(c => c.CharacterId == 90000001);
        demoted.IsEnabled.Should().BeFalse();
        demoted.DisabledReason.Should().Be("Bruce Wayne is not a director of Wayne Technologies any more.");
    }

    [Fact]
    public async Task RolesLookupFailing_PicksNobody_AndDisablesNobody()
    {
        await AddOwnerAsync(90000001);
        Clock.Advance(TimeSpan.FromHours(2));
        await InjectFaultAsync(new { target = "/sim/esi/characters/90000001/roles", kind = "Status", status = 503, count = 50 });
        await using var db = await DbAsync();
        var owner = await db.Owners.Include(o => o.Characters).SingleAsync();

        var pick = await Factory.Get<SyncCharacterPicker>().PickAsync(owner, SyncKind.Structures, default);

        pick.Found.Should().BeFalse();
        pick.Error.Should().StartWith("No character can sync Wayne Technologies: Bruce Wayne: ESI could not confirm the Director role (");
        owner.Characters.Single().IsEnabled.Should().BeTrue("a passing ESI outage disables nobody");
    }

    [Fact]
    public async Task NotificationFetch_NeedsNoCorporationRole_SoARolesOutageHoldsUpNothing()
    {
        await AddOwnerAsync(90000001);
        Clock.Advance(TimeSpan.FromHours(2));
        await InjectFaultAsync(new { target = "/sim/esi/characters/90000001/roles", kind = "Status", status = 503, count = 50 });
        await using var db = await DbAsync();
        var owner = await db.Owners.Include(o => o.Characters).SingleAsync();

        var pick = await Factory.Get<SyncCharacterPicker>().PickAsync(owner, SyncKind.Notifications, default);

        pick.Character!.CharacterId.Should().Be(90000001);
        pick.Error.Should().BeNull();
        owner.Characters.Single().IsEnabled.Should().BeTrue();
    }
}
