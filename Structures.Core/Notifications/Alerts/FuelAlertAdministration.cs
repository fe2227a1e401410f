using System.ComponentModel.DataAnnotations;
using Microsoft.EntityFrameworkCore;
using Structures.Core.Access;
using Structures.Core.Data;

namespace Structures.Core.Notifications.Alerts;

// Admins set when fuel alerts go out: hour windows for structures, drills and starbases; a liquid ozone floor for gates.
public sealed class FuelAlertAdministration(IDbContextFactory<StructuresDbContext> contextFactory, Viewers viewers)
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
        return ChangeResult.Done($"Fuel alerts from {form.StartHours} h to {form.EndHours} h before running out, {(form.RepeatHours == 0 ? "once" : $"every {form.RepeatHours} h")}.");
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
        return ChangeResult.Done($"Jump gates are reported below {form.Threshold:N0} units of liquid ozone.");
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
        return deleted == 0 ? ChangeResult.Refused("This rule was already deleted.") : ChangeResult.Done("Rule deleted.");
    }
}

public sealed class FuelAlertForm : IValidatableObject
{
    [Range(1, 24 * 90, ErrorMessage = "Start between 1 and 2160 hours before fuel runs out.")]
    public int StartHours { get; set; } = 48;

    [Range(0, 24 * 90, ErrorMessage = "End between 0 and 2160 hours before fuel runs out.")]
    public int EndHours { get; set; }

    [Range(0, 24 * 90, ErrorMessage = "Repeat every 0 (once) to 2160 hours.")]
    public int RepeatHours { get; set; } = 12;

    public NotificationColour Colour { get; set; } = NotificationColour.Warning;
    public AlertPing Ping { get; set; } = AlertPing.Here;

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (EndHours >= StartHours)
        {
            yield return new ValidationResult("The window must end closer to running out than it starts: End below Start.", [nameof(EndHours)]);
        }

        if (RepeatHours > StartHours - EndHours)
        {
            yield return new ValidationResult("Repeat at most once per window: Repeat no longer than Start minus End.", [nameof(RepeatHours)]);
        }
    }
}

public sealed class JumpFuelAlertForm
{
    [Range(1, 1_000_000_000, ErrorMessage = "The threshold is a number of liquid ozone units above 0.")]
    public long Threshold { get; set; } = 50_000;

    public NotificationColour Colour { get; set; } = NotificationColour.Warning;
    public AlertPing Ping { get; set; } = AlertPing.Here;
}
