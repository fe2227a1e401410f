using System.ComponentModel.DataAnnotations;
using System.Globalization;
using Structures.Core.Localization;

namespace Structures.Core.Webhooks;

// A webhook's reminder lead times as an admin writes them, "60, 15" or "2h, 30m, 1d": minutes unless marked h or d,
// each from one minute to seven days, at most five. Stored as minutes, longest first: "120,30".
public static class ReminderLeadTimes
{
    public const int MaxCount = 5;
    public static readonly TimeSpan Shortest = TimeSpan.FromMinutes(1), Longest = TimeSpan.FromDays(7);

    public static (IReadOnlyList<TimeSpan> Leads, string? Problem) Parse(string? text)
    {
        var leads = new List<TimeSpan>();
        foreach (var part in (text ?? "").Split([',', ';', ' '], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var (number, unit) = char.IsLetter(part[^1]) ? (part[..^1], char.ToLowerInvariant(part[^1])) : (part, 'm');
            if (!int.TryParse(number, NumberStyles.None, CultureInfo.InvariantCulture, out var value) || unit is not ('m' or 'h' or 'd'))
            {
                return ([], StaticWords<WebhookAdminWords>.Words["LeadNotATime", part]);
            }

            var lead = unit switch { 'd' => TimeSpan.FromDays(value), 'h' => TimeSpan.FromHours(value), _ => TimeSpan.FromMinutes(value) };
            if (lead < Shortest || lead > Longest)
            {
                return ([], StaticWords<WebhookAdminWords>.Words["LeadOutOfRange", part]);
            }

            leads.Add(lead);
        }

        leads = leads.Distinct().OrderDescending().ToList();
        return leads.Count > MaxCount ? ([], StaticWords<WebhookAdminWords>.Words["LeadTooMany", MaxCount]) : (leads, null);
    }

    public static IReadOnlyList<TimeSpan> Read(string? stored) => Parse(stored).Leads;

    public static string Write(IEnumerable<TimeSpan> leads) =>
        string.Join(',', leads.Select(l => ((long)l.TotalMinutes).ToString(CultureInfo.InvariantCulture)));
}

// The form's check of a lead-time list, the same rule Core applies when the webhook is saved.
[AttributeUsage(AttributeTargets.Property)]
public sealed class ReminderLeadTimesAttribute : ValidationAttribute
{
    protected override ValidationResult? IsValid(object? value, ValidationContext validationContext) =>
        ReminderLeadTimes.Parse(value as string).Problem is { } problem ? new ValidationResult(problem, [validationContext.MemberName!]) : ValidationResult.Success;
}
