namespace Structures.Core.Notifications.Rendering;

// Sovereignty, billing, corporation membership and projects, and war: about organisations more than structures.
internal static class OrganisationRenderer
{
    public static RenderedNotification Sovereignty(RenderContext c)
    {
        var t = c.Text;
        var system = c.System(c.SystemId)?.Name ?? "(unknown system)";
        var typeId = t.GetLong("structureTypeID") ?? (t.GetLong("campaignEventType") == 2 ? 32458L : 32226L);
        var type = c.TypeName(typeId);
        var title = Fill(c.Info.Title, ("type", type), ("system", system), ("group", type));
        var text = c.Notification.Type switch
        {
            "SovStructureReinforced" => $"The {type} in {c.SystemLink()} has entered reinforced mode. Its command nodes decloak at {c.When(t.GetFileTime("decloakTime"))}.",
            "SovStructureDestroyed" => $"The {type} in {c.SystemLink()} has been destroyed.",
            "EntosisCaptureStarted" => $"Capture of the {type} in {c.SystemLink()} has started.",
            "SovCommandNodeEventStarted" => $"Command nodes for the {type} in {c.SystemLink()} have begun to decloak.",
            "SovAllClaimAquiredMsg" => $"Sovereignty of {c.AllianceLink(t.GetLong("allianceID"))} in {c.SystemLink()} is acknowledged by DED.",
            "SovAllClaimLostMsg" => $"Sovereignty in {c.SystemLink()} has been lost.",
            "AllAnchoringMsg" => $"A {type} belonging to {c.CorporationLink(t.GetLong("corpID"))} has anchored in {c.SystemLink()}.",
            _ => $"Sovereignty update for {c.SystemLink()}.",
        };
        return new RenderedNotification(title, text, c.Images.TypeIcon(typeId), AsAlliance: c.Info.IsAllianceLevel);
    }

    public static RenderedNotification Billing(RenderContext c)
    {
        var t = c.Text;
        var title = Fill(c.Info.Title, ("type", c.TypeName(t.GetLong("typeID"))));
        var text = c.Notification.Type switch
        {
            "InfrastructureHubBillAboutToExpire" => $"The maintenance bill for the infrastructure hub in {c.SystemLink()} is due at {c.When(t.GetFileTime("dueDate"))}.",
            "IHubDestroyedByBillFailure" => $"The infrastructure hub in {c.SystemLink()} has self-destructed because its maintenance bill was not paid.",
            "BillOutOfMoneyMsg" => $"A bill of {c.OwnerLink} could not be paid: the wallet does not hold enough ISK.",
            _ => $"A new bill was issued to {c.OwnerLink}, due at {c.When(t.GetFileTime("dueDate"))}.",
        };
        return new RenderedNotification(title, text, c.Images.CorporationLogo(c.Owner.CorporationId), AsAlliance: c.Info.IsAllianceLevel);
    }

    public static RenderedNotification Membership(RenderContext c)
    {
        var t = c.Text;
        var character = t.GetLong("charID");
        var corporation = t.GetLong("corpID") ?? c.Owner.CorporationId;
        var title = Fill(c.Info.Title, ("char", c.Name(character)), ("corp", c.Name(corporation)));
        var who = c.CharacterLink(character);
        var corp = c.CorporationLink(corporation);
        var sentence = c.Notification.Type switch
        {
            "CharAppAcceptMsg" => $"{who} joined {corp}.",
            "CharLeftCorpMsg" => $"{who} left {corp}.",
            "CorpAppNewMsg" => $"{who} applied to join {corp}.",
            "CorpAppInvitedMsg" => $"{who} was invited to join {corp} by {c.CharacterLink(t.GetLong("invokingCharID"))}.",
            "CorpAppRejectCustomMsg" => $"The application of {who} to {corp} was rejected.",
            "CharAppWithdrawMsg" => $"{who} withdrew their application to {corp}.",
            "CharAppRejectMsg" => $"{who} declined the invitation to join {corp}.",
            _ => $"{who}, {corp}.",
        };
        var text = sentence + (t.GetText("applicationText") is { Length: > 0 } application ? $"\n> {application}" : "");
        return new RenderedNotification(title, text, character is { } id ? c.Images.CharacterPortrait(id) : null);
    }

    public static RenderedNotification Projects(RenderContext c)
    {
        var t = c.Text;
        var name = t.GetText("goal_name") ?? "(unnamed project)";
        var creator = t.GetLong("creator_id");
        return new RenderedNotification(c.Info.Title, $"**{name}** by {c.CharacterLink(creator)} in {c.OwnerLink}.", c.Images.CorporationLogo(c.Owner.CorporationId));
    }

    public static RenderedNotification War(RenderContext c)
    {
        var t = c.Text;
        var declarer = t.GetLong("declaredByID") ?? t.GetLong("entityID") ?? t.GetLong("ownerID1") ?? t.GetLong("allyID");
        var target = t.GetLong("againstID") ?? t.GetLong("defenderID") ?? t.GetLong("ownerID2") ?? t.GetLong("enemyID");
        var title = Fill(c.Info.Title,
            ("declarer", c.Name(declarer)), ("target", c.Name(target)), ("entity", c.Name(declarer)), ("defender", c.Name(target)),
            ("alliance", c.Name(t.GetLong("allianceID"))), ("opponent", c.Name(t.GetLong("opponentID") ?? target)),
            ("against", c.Name(t.GetLong("againstID"))), ("owner1", c.Name(t.GetLong("ownerID1"))), ("merc", c.Name(t.GetLong("mercID"))),
            ("name", t.GetText("warHQ") ?? "(unknown)"));
        var text = c.Notification.Type switch
        {
            "WarDeclared" or "DeclareWar" => $"{Link(c, declarer)} declared war against {Link(c, target)}. Fighting can start at {c.When(t.GetFileTime("timeStarted") ?? c.Notification.Timestamp.AddHours(t.GetLong("delayHours") ?? 24))}.",
            _ when target is null => $"War update for {c.OwnerLink}.",
            _ => $"{title}: {Link(c, declarer)} and {Link(c, target)}.",
        };
        return new RenderedNotification(title, text, declarer is { } id ? c.Images.CorporationLogo(id) : null, AsAlliance: c.Info.IsAllianceLevel);
    }

    // A type nobody taught us: its name in words, forwarded only to webhooks that ask for unknown types.
    public static RenderedNotification Unknown(RenderContext c)
    {
        var words = string.Concat(c.Notification.Type.Select((ch, i) => i > 0 && char.IsUpper(ch) && !char.IsUpper(c.Notification.Type[i - 1]) ? $" {ch}" : $"{ch}"));
        return new RenderedNotification(words, $"{c.OwnerLink} received a notification of type `{c.Notification.Type}`, which Structures cannot describe yet.");
    }

    private static string Link(RenderContext c, long? id) =>
        id is { } value && value is >= 99_000_000 and < 100_000_000 ? c.AllianceLink(value) : c.CorporationLink(id);

    private static string Fill(string title, params (string Key, string Value)[] values) =>
        values.Aggregate(title, (text, pair) => text.Replace($"{{{pair.Key}}}", pair.Value, StringComparison.Ordinal));
}
