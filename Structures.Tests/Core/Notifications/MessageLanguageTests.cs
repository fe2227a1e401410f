using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using Structures.Core.Notifications;
using Structures.Core.Webhooks;
using Structures.Dashboard.Simulation.Discord;
using Structures.Tests.Infrastructure;

namespace Structures.Tests.Core.Notifications;

// Every language a webhook can choose, end to end: an attack fetched from the simulated ESI, queued in the outbox and
// posted to the simulated Discord channel in the webhook's language.
public sealed class MessageLanguageTests() : AppTest(fakeClock: true)
{
    private const long Wayne = 98000001;

    [Theory]
    [InlineData("en", "Structure under attack", "The Keepstar **Wayne Tower**", "is under attack by")]
    [InlineData("de", "Struktur wird angegriffen", "Die Keepstar **Wayne Tower**", "wird von")]
    [InlineData("es", "Estructura bajo ataque", "La estructura Keepstar **Wayne Tower**", "está siendo atacada por")]
    [InlineData("zh-Hans", "建筑遭到攻击", "[Wayne Technologies]", "的 Keepstar **Wayne Tower** 正遭到")]
    [InlineData("ru", "Сооружение атаковано", "Сооружение Keepstar **Wayne Tower**", "атаковано. Нападающий:")]
    [InlineData("ko", "구조물 공격받는 중", "[Wayne Technologies]", "Keepstar **Wayne Tower**: ")]
    [InlineData("fr", "Structure attaquée", "La structure Keepstar **Wayne Tower**", "est attaquée par")]
    public async Task Attack_ReachesDiscordInTheWebhooksLanguage(string language, string title, string start, string phrase)
    {
        await using (var db = await DbAsync())
        {
            db.Webhooks.Add(new Webhook
            {
                Name = "alpha", Url = $"{Factory.BaseUrl}/sim/discord/api/webhooks/alpha/token", NotificationTypes = "StructureUnderAttack", IsDefault = true, Language = language,
            });
            await db.SaveChangesAsync();
        }

        await AddOwnerAsync(90000001);
        await SyncAsync(Wayne);
        await Http.PostAsJsonAsync($"/sim/control/structures/{await WayneTowerAsync()}/attack", new { });
        await Factory.Get<NotificationFetcher>().FetchAsync(Wayne, default);
        await DeliverAllAsync();

        var embed = Factory.Get<SimDiscordChannel>().Messages("alpha").Single().Embeds.Single();
        embed.GetProperty("title").GetString().Should().Be(title);
        embed.GetProperty("description").GetString().Should().StartWith(start).And.Contain(phrase).And.Contain("Big Bad Alliance").And.NotContainAny("{0}", "{1}", "{2}");
    }

    private async Task<long> WayneTowerAsync()
    {
        await using var db = await DbAsync();
        return await db.Structures.Where(s => s.Name == "Wayne Tower").Select(s => s.Id).SingleAsync();
    }
}
