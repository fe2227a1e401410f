using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;
using Structures.Core.Data;
using Structures.Core.Discord;
using Structures.Core.Eve;
using Structures.Core.Notifications.Rendering;
using Structures.Core.Structures;
using Structures.Core.Webhooks;

namespace Structures.Core.Notifications.Alerts;

// Writes one generated alert about a structure into the outbox of each webhook the one routing rule picks for it
// (NotificationRoute: the structure's own webhooks over the owner's, type lists), with the pings NotificationPings
// gives it (the rule's ping unless the webhook chose one for the type, and role mentions), as ESI's notifications are.
internal sealed class AlertMessages(
    WebhookOutbox outbox,
    EveImages images,
    IStringLocalizer<NotificationWords> words,
    IOptions<NotificationOptions> options,
    TimeProvider clock)
{
    // The description is written per webhook, in its language, from the structure's subject in that language.
    // Returns 1 when the alert went to at least one webhook, which it adds to touched.
    public async Task<int> SendAsync(StructuresDbContext db, Structure structure, string type, NotificationColour colour, AlertPing ping, Func<string, string> describe, HashSet<int> touched, CancellationToken cancellationToken)
    {
        var owner = await db.Owners.AsNoTracking().Include(o => o.Webhooks).SingleAsync(o => o.CorporationId == structure.OwnerId, cancellationToken);
        var ownWebhooks = await db.Structures.AsNoTracking().Where(s => s.Id == structure.Id).SelectMany(s => s.Webhooks).ToListAsync(cancellationToken);
        var webhooks = NotificationRoute.Webhooks(type, isKnown: true, ownWebhooks, owner.Webhooks);
        if (webhooks.Count == 0)
        {
            return 0;
        }

        var system = await db.EveSolarSystems.AsNoTracking().SingleOrDefaultAsync(s => s.Id == structure.SolarSystemId, cancellationToken);
        var typeName = await db.EveTypes.Where(t => t.Id == structure.TypeId).Select(t => t.Name).SingleOrDefaultAsync(cancellationToken);
        DiscordEmbed Embed()
        {
            var where = system is null ? Say("UnknownSystem") : $"[{system.Name}]({Links.Dotlan("system", system.Name)}) ({system.RegionName})";
            var subject = Say("Upwell.Subject", typeName ?? Say("Structure"), DiscordMarkdown.Escape(structure.Name), where,
                $"[{DiscordMarkdown.Escape(owner.CorporationName)}]({Links.Dotlan("corp", owner.CorporationName)})");
            return new DiscordEmbed
            {
                Author = new DiscordEmbedAuthor(owner.CorporationName, null, images.CorporationLogo(owner.CorporationId)),
                Title = Say($"{type}.Title"),
                Description = describe(subject),
                Color = (int)colour,
                Thumbnail = new DiscordEmbedImage(images.TypeIcon(structure.TypeId)),
                Footer = new DiscordEmbedFooter("Structures"),
                Timestamp = clock.GetUtcNow().UtcDateTime,
            };
        }

        var defaultPing = ping switch
        {
            AlertPing.Everyone => PingLevel.Everyone,
            AlertPing.Here => PingLevel.Here,
            _ => PingLevel.None,
        };
        foreach (var webhook in webhooks)
        {
            var embed = NotificationLanguage.Render(NotificationLanguage.Culture(webhook.Language, options.Value.DefaultLanguage), Embed);
            outbox.Enqueue(db, webhook.Id, NotificationPings.Message(embed, type, defaultPing, webhook, owner, options.Value.SetAvatar));
            touched.Add(webhook.Id);
        }

        return 1;
    }

    public string Say(string key, params object[] arguments) => words[key, arguments];

    public string When(DateTime at) => NotificationTime.When(words, at);
}
