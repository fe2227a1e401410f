using System.Globalization;
using System.Text.Json;
using Structures.Core.Discord;
using Structures.Core.Notifications.Payloads;
using Structures.Core.Notifications.Rendering;

namespace Structures.Tests.Core.Notifications.Rendering;

public sealed class NotificationRendererTests
{
    private static readonly JsonSerializerOptions WithoutNulls = new() { DefaultIgnoreCondition = System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull };

    public static TheoryData<long> SampleIds() => [.. RenderingSamples.All().Select(s => s.GetProperty("notification_id").GetInt64())];

    [Theory]
    [MemberData(nameof(SampleIds))]
    public void EverySample_RendersWithinDiscordsLimits(long notificationId)
    {
        var context = RenderingSamples.Context(notificationId);

        var embed = NotificationRenderer.Embed(context, RenderingSamples.English);

        embed.Title.Should().NotBeNullOrWhiteSpace().And.NotContain("{");
        embed.Description.Should().NotBeNullOrWhiteSpace();
        embed.Color.Should().Be((int)context.Info.Colour);
        embed.Timestamp.Should().Be(context.Notification.Timestamp);
        DiscordLimits.Clamp(new DiscordMessage { Embeds = [embed] }).Embeds.Single().Should().BeEquivalentTo(embed, "a rendered message fits without clamping");
    }

    [Theory]
    [InlineData(1000000505, "Structure lost shield", "The Astrahus **(unknown)** in [Amamake](https://evemaps.dotlan.net/system/Amamake) (Heimatar) belonging to [Wayne Technologies](https://evemaps.dotlan.net/corp/Wayne_Technologies) has lost its shields. The armor timer ends at **2019.10.06 14:51** EVE · <t:1570373500:f> (<t:1570373500:R>).")]
    [InlineData(1000000404, "Moon mining extraction started", "The Athanor **Dummy** in [Amamake](https://evemaps.dotlan.net/system/Amamake) (Heimatar) belonging to [Wayne Technologies](https://evemaps.dotlan.net/corp/Wayne_Technologies) at Amamake II - Moon 1: [Bruce Wayne](https://evewho.com/character/1001) started an extraction. The chunk is ready at **2019.11.20 00:01** EVE · <t:1574208060:f> (<t:1574208060:R>) and fractures automatically at **2019.11.20 03:01** EVE · <t:1574218860:f> (<t:1574218860:R>).\n\nEstimated ore composition:\nSylvite: 544,692 m³\nZeolites: 1,288,475 m³\nore 46302: 526,825 m³\nore 46303: 528,997 m³")]
    [InlineData(1000000602, "Orbital reinforced", "The Customs Office at Amamake IV in [Amamake](https://evemaps.dotlan.net/system/Amamake) (Heimatar) belonging to [Wayne Technologies](https://evemaps.dotlan.net/corp/Wayne_Technologies) has been reinforced by [Big Bad Alliance](https://evemaps.dotlan.net/alliance/Big_Bad_Alliance). It comes out of reinforcement at **2019.10.13 20:32** EVE · <t:1570998747:f> (<t:1570998747:R>).")]
    [InlineData(1000000804, "Territorial Claim Unit in 1-PGSG has entered reinforced mode", "The Territorial Claim Unit in [1-PGSG](https://evemaps.dotlan.net/system/1-PGSG) (Detorid) has entered reinforced mode. Its command nodes decloak at **2018.12.20 17:03** EVE · <t:1545325402:f> (<t:1545325402:R>).")]
    [InlineData(1000001201, "Skyhook under attack", "The Orbital Skyhook at Amamake IV in [Amamake](https://evemaps.dotlan.net/system/Amamake) (Heimatar) belonging to [Wayne Technologies](https://evemaps.dotlan.net/corp/Wayne_Technologies) is under attack by [Big Bad Alliance](https://evemaps.dotlan.net/alliance/Big_Bad_Alliance).\nShield: 0.0% | Armor: 100.0% | Hull: 100.0%")]
    [InlineData(1000000701, "Starbase under attack", "The starbase **Caldari Control Tower** at Amamake II - Moon 1 in [Amamake](https://evemaps.dotlan.net/system/Amamake) (Heimatar) belonging to [Wayne Technologies](https://evemaps.dotlan.net/corp/Wayne_Technologies) is under attack by [Big Bad Alliance](https://evemaps.dotlan.net/alliance/Big_Bad_Alliance).\nShield: 39.5% | Armor: 69.5% | Hull: 100.0%")]
    [InlineData(1000001002, "IHub Bill About to Expire", "The maintenance bill for the infrastructure hub in [1-PGSG](https://evemaps.dotlan.net/system/1-PGSG) (Detorid) is due at **2022.04.05 05:46** EVE · <t:1649137560:f> (<t:1649137560:R>).")]
    [InlineData(1000000202, "Bad Dude joins Wayne Technologies", "[Bad Dude](https://evewho.com/character/1011) joined [Wayne Technologies](https://evemaps.dotlan.net/corp/Wayne_Technologies).\n> example")]
    [InlineData(1000001110, "New Project Available", "**Stratios For the Grandmaster** by [Bruce Wayne](https://evewho.com/character/1001) in [Wayne Technologies](https://evemaps.dotlan.net/corp/Wayne_Technologies).")]
    [InlineData(1000000904, "Big Bad Alliance Declares War Against Wayne Enterprises", "[Big Bad Alliance](https://evemaps.dotlan.net/corp/Big_Bad_Alliance) declared war against [Wayne Enterprises](https://evemaps.dotlan.net/corp/Wayne_Enterprises). Fighting can start at **2019.11.26 19:15** EVE · <t:1574795700:f> (<t:1574795700:R>).")]
    public void Golden_DescriptionsPerFamily(long notificationId, string title, string description)
    {
        var words = NotificationRenderer.Words(RenderingSamples.Context(notificationId), RenderingSamples.English);

        words.Title.Should().Be(title);
        words.Description.Should().Be(description);
    }

    [Fact]
    public void Golden_EmbedPayload_ForAnAttack()
    {
        var embed = NotificationRenderer.Embed(RenderingSamples.Context(1000000509), RenderingSamples.English);

        var json = JsonSerializer.Serialize(embed, WithoutNulls);

        json.Should().Be("""{"title":"Structure under attack","description":"The Astrahus **(unknown)** in [Amamake](https://evemaps.dotlan.net/system/Amamake) (Heimatar) belonging to [Wayne Technologies](https://evemaps.dotlan.net/corp/Wayne_Technologies) is under attack by [Big Bad Alliance](https://evemaps.dotlan.net/alliance/Big_Bad_Alliance).\nShield: 0.0% | Armor: 98.7% | Hull: 100.0%","color":14242639,"timestamp":"2019-08-16T13:08:00Z","author":{"name":"Wayne Technologies","icon_url":"https://images.evetech.net/corporations/2001/logo?size=64"},"thumbnail":{"url":"https://images.evetech.net/types/35832/icon?size=64"},"footer":{"text":"Eve Online","icon_url":"https://images.evetech.net/types/35832/icon?size=32"},"fields":[]}""");
    }

    [Fact]
    public void PlayerChosenNames_AreEscaped_TheAppsOwnLinksStayLinks()
    {
        var context = RenderingSamples.Context(1000000509, structureName: "**x** [evil](https://e.example) @everyone _y_ ~~z~~ ", ownerName: "*Wayne* [Tech]");

        var embed = NotificationRenderer.Embed(context, RenderingSamples.English);

        embed.Description.Should().StartWith(
            "The Astrahus **\\*\\*x\\*\\* \\[evil\\]\\(https\\://e.example\\) @\u200Beveryone \\_y\\_ \\~\\~z\\~\\~ ** in [Amamake](https://evemaps.dotlan.net/system/Amamake) (Heimatar) "
            + "belonging to [\\*Wayne\\* \\[Tech\\]](https://evemaps.dotlan.net/corp/%2AWayne%2A_%5BTech%5D) is under attack by ");
        embed.Author!.Name.Should().Be("*Wayne* [Tech]", "Discord shows an author's name as it is");
    }

    [Fact]
    public void German_GivesTheGermanWords()
    {
        var words = NotificationRenderer.Words(RenderingSamples.Context(1000000509), CultureInfo.GetCultureInfo("de"));

        words.Title.Should().Be("Struktur wird angegriffen");
        words.Description.Should().Be("Die Astrahus **(unbekannt)** von [Wayne Technologies](https://evemaps.dotlan.net/corp/Wayne_Technologies) in [Amamake](https://evemaps.dotlan.net/system/Amamake) (Heimatar) wird von [Big Bad Alliance](https://evemaps.dotlan.net/alliance/Big_Bad_Alliance) angegriffen.\nSchild: 0.0% | Panzerung: 98.7% | Hülle: 100.0%");
    }

    [Fact]
    public void German_FillsArgumentsInItsOwnOrder_AndTimesInItsWords()
    {
        var reinforced = NotificationRenderer.Words(RenderingSamples.Context(1000000804), CultureInfo.GetCultureInfo("de"));
        var shields = NotificationRenderer.Words(RenderingSamples.Context(1000000505), CultureInfo.GetCultureInfo("de"));

        reinforced.Title.Should().Be("Territorial Claim Unit in 1-PGSG ist in den Verstärkungsmodus gegangen");
        reinforced.Description.Should().Be("Territorial Claim Unit in [1-PGSG](https://evemaps.dotlan.net/system/1-PGSG) (Detorid) ist in den Verstärkungsmodus gegangen. Die Kommandoknoten enttarnen sich am **2018.12.20 17:03** EVE · <t:1545325402:f> (<t:1545325402:R>).");
        shields.Description.Should().EndWith("Der Panzerungs-Timer endet am **2019.10.06 14:51** EVE · <t:1570373500:f> (<t:1570373500:R>).");
    }

    [Fact]
    public void ALanguageWithoutWords_ReadsEnglish()
    {
        var italian = NotificationRenderer.Words(RenderingSamples.Context(1000000505), CultureInfo.GetCultureInfo("it"));
        var english = NotificationRenderer.Words(RenderingSamples.Context(1000000505), RenderingSamples.English);

        italian.Should().Be(english);
    }

    [Theory]
    [MemberData(nameof(SampleIds))]
    public void EverySample_RendersInEveryLanguage(long notificationId)
    {
        var context = RenderingSamples.Context(notificationId);

        foreach (var language in NotificationLanguage.Choices)
        {
            var embed = NotificationRenderer.Embed(context, CultureInfo.GetCultureInfo(language));

            embed.Title.Should().NotBeNullOrWhiteSpace().And.NotContain("{").And.NotEndWith(".Title");
            embed.Description.Should().NotBeNullOrWhiteSpace().And.NotContain(".Text").And.NotContain(".Subject");
        }
    }

    [Fact]
    public void AllianceLevelNews_IsAuthoredByTheAlliance()
    {
        var embed = NotificationRenderer.Embed(RenderingSamples.Context(1000000804), RenderingSamples.English);

        embed.Author!.Name.Should().Be("Wayne Enterprises");
        embed.Author.IconUrl.Should().Contain("/alliances/3001/logo");
    }

    [Theory]
    [InlineData(false, "2019.03.21 01:24")]
    [InlineData(true, "2019.03.21 02:24")]
    public void StarbaseFuelAlert_CountsTheBlocksInItsText_AtTheTowersRate(bool sovereignty, string runsOut)
    {
        var sample = RenderingSamples.Context(1000000702);
        var text = sovereignty ? sample.Notification.Text.Replace("30002537", "30000474", StringComparison.Ordinal) : sample.Notification.Text;
        var context = RenderingSamples.Context(sample.Notification.Type, text, sample.Notification.Timestamp, NotificationPayloads.Parse(sample.Notification.Type, text).Payload!);

        var words = NotificationRenderer.Words(WithSovereignty(context, 30000474), RenderingSamples.English);

        words.Description.Should().Contain($"is running out of fuel: fuel runs out at **{runsOut}** EVE", "119 blocks last 2 h 58 min at 40 an hour, 3 h 58 min with the sovereignty discount");
    }

    private static RenderContext WithSovereignty(RenderContext context, long systemId) => new()
    {
        Notification = context.Notification, Payload = context.Payload, Info = context.Info, Owner = context.Owner, Names = context.Names,
        Systems = context.Systems, Now = context.Now, Images = context.Images, Words = context.Words, SovereigntySystemIds = new HashSet<long> { systemId },
    };

    [Theory]
    [InlineData(1000000911, "can now be declared war on: it has become eligible for formal war declarations.")]
    [InlineData(1000000917, "can no longer be declared war on: it is no longer eligible for formal war declarations.")]
    public void WarEligibility_SaysWhatChanged(long notificationId, string change)
    {
        var words = NotificationRenderer.Words(RenderingSamples.Context(notificationId), RenderingSamples.English);

        words.Description.Should().Be($"[Wayne Technologies](https://evemaps.dotlan.net/corp/Wayne_Technologies) {change}");
    }

    [Fact]
    public void UnknownType_GetsAGenericMessage()
    {
        var words = NotificationRenderer.Words(RenderingSamples.Context(1999999999), RenderingSamples.English);

        words.Title.Should().Be("Unknown Notification Type");
        words.Description.Should().Contain("`UnknownNotificationType`");
    }
}
