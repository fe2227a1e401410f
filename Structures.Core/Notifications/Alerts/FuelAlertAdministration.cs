using System.ComponentModel.DataAnnotations;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Structures.Core.Access;
using Structures.Core.Data;
using Structures.Core.Localization;

namespace Structures.Core.Notifications.Alerts;

// Admins set when fuel alerts go out: hour windows for structures, drills and starbases; a liquid ozone floor for gates.
public sealed class FuelAlertAdministration(IDbContextFactory<StructuresDbContext> contextFactory, Viewers viewers, IStringLocalizer<NotificationAdminWords> words)
{
    public async Task<(IReadOnlyList<FuelAlertRule> Fuel, IReadOnlyList<JumpFuelAlertRule> JumpFuel)> ListAsync(ViewerId viewerId, CancellationToken cancellationToken)
    {
        var viewer = await viewers.ResolveAsync(viewerId, cancellationToken);
        if (!viewer.Can(Permission.ManageSettings))
        {
            return ([], []);
        }

        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        return (await db.FuelAlertRules.AsNoTracking().OrderByDescending(r => r.StartHours).ToListAsync(cancellationToken),
            await db.JumpFuelAlertRules.AsNoTracking().OrderByDescending(r => r.Threshold).ToListAsync(cancellationToken));
    }

    public async Task<ChangeResult> AddAsync(ViewerId viewerId, FuelAlertForm form, CancellationToken cancellationToken)
    {
        var (viewer, refusal) = await viewers.ResolveManagerAsync(viewerId, form, cancellationToken);
        if (refusal is not null)
        {
            return refusal;
        }

        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        db.FuelAlertRules.Add(new FuelAlertRule { StartHours = form.StartHours, EndHours = form.EndHours, RepeatHours = form.RepeatHours, Colour = form.Colour, Ping = form.Ping });
        await db.SaveChangesAsync(cancellationToken);
        return ChangeResult.Done(form.RepeatHours == 0 ? words["FuelRuleOnce", form.StartHours, form.EndHours] : words["FuelRuleRepeated", form.StartHours, form.EndHours, form.RepeatHours]);
    }

    public async Task<ChangeResult> AddJumpFuelAsync(ViewerId viewerId, JumpFuelAlertForm form, CancellationToken cancellationToken)
    {
        var (viewer, refusal) = await viewers.ResolveManagerAsync(viewerId, form, cancellationToken);
        if (refusal is not null)
        {
            return refusal;
        }

        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        db.JumpFuelAlertRules.Add(new JumpFuelAlertRule { Threshold = form.Threshold, Colour = form.Colour, Ping = form.Ping });
        await db.SaveChangesAsync(cancellationToken);
        return ChangeResult.Done(words["JumpRule", form.Threshold]);
    }

    public async Task<ChangeResult> DeleteAsync(ViewerId viewerId, int ruleId, bool jumpFuel, CancellationToken cancellationToken)
    {
        var (viewer, refusal) = await viewers.ResolveManagerAsync(viewerId, null, cancellationToken);
        if (refusal is not null)
        {
            return refusal;
        }

        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var deleted = jumpFuel
            ? await db.JumpFuelAlertRules.Where(r => r.Id == ruleId).ExecuteDeleteAsync(cancellationToken)
            : await db.FuelAlertRules.Where(r => r.Id == ruleId).ExecuteDeleteAsync(cancellationToken);
        return deleted == 0 ? ChangeResult.Refused(words["RuleGone"]) : ChangeResult.Done(words["RuleDeleted"]);
    }
}

public sealed class FuelAlertForm : IValidatableObject
{
    [Range(1, 24 * 90, ErrorMessageResourceType = typeof(NotificationAdminWords), ErrorMessageResourceName = nameof(NotificationAdminWords.StartRange))]
    public int StartHours { get; set; } = 48;

    [Range(0, 24 * 90, ErrorMessageResourceType = typeof(NotificationAdminWords), ErrorMessageResourceName = nameof(NotificationAdminWords.EndRange))]
    public int EndHours { get; set; }

    [Range(0, 24 * 90, ErrorMessageResourceType = typeof(NotificationAdminWords), ErrorMessageResourceName = nameof(NotificationAdminWords.RepeatRange))]
    public int RepeatHours { get; set; } = 12;

    public NotificationColour Colour { get; set; } = NotificationColour.Warning;
    public AlertPing Ping { get; set; } = AlertPing.Here;

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (EndHours >= StartHours)
        {
            yield return new ValidationResult(StaticWords<NotificationAdminWords>.Words["EndBelowStart"], [nameof(EndHours)]);
        }

        if (RepeatHours > StartHours - EndHours)
        {
            yield return new ValidationResult(StaticWords<NotificationAdminWords>.Words["RepeatWithinWindow"], [nameof(RepeatHours)]);
        }
    }
}

public sealed class JumpFuelAlertForm
{
    [Range(1, 1_000_000_000, ErrorMessageResourceType = typeof(NotificationAdminWords), ErrorMessageResourceName = nameof(NotificationAdminWords.ThresholdRange))]
    public long Threshold { get; set; } = 50_000;

    public NotificationColour Colour { get; set; } = NotificationColour.Warning;
    public AlertPing Ping { get; set; } = AlertPing.Here;
}
