using System.ComponentModel.DataAnnotations;
using Structures.Core.Localization;

namespace Structures.Core.Webhooks;

// The webhook settings form. The URL is checked against Discord's shape by WebhookAdministration, which knows the hosts.
public sealed class WebhookForm
{
    // "" is the default language setting; the rest are the app's languages, named in their own words.
    public static readonly IReadOnlyList<(string Code, string Name)> Languages =
        [("", "Default"), .. SupportedLanguages.All.Select(l => (l.Code, l.NativeName))];

    [Required(ErrorMessage = "Give the webhook a name.")]
    [StringLength(64, ErrorMessage = "Names are at most 64 characters.")]
    public string Name { get; set; } = "";

    [Required(ErrorMessage = "Enter the webhook URL Discord shows under Server Settings → Integrations → Webhooks.")]
    [StringLength(500)]
    public string Url { get; set; } = "";

    public bool IsActive { get; set; } = true;
    public bool IsDefault { get; set; }
    // Pings are chosen, never assumed: a new webhook pings no one until the admin says so.
    public bool HasDefaultPingsEnabled { get; set; }
    public bool ForwardsUnknownTypes { get; set; }

    [RegularExpression("^(|en|de|ru|zh-[Hh]ans|es|ko|fr)$", ErrorMessage = "Choose one of the offered languages.")]
    public string Language { get; set; } = "";

    [RegularExpression(@"^\s*(\d{17,20}\s*(,\s*\d{17,20}\s*)*)?$", ErrorMessage = "Discord role IDs are numbers of 17 to 20 digits, separated by commas.")]
    [StringLength(500)]
    public string PingRoleIds { get; set; } = "";

    [StringLength(2000)]
    public string Notes { get; set; } = "";

    public IReadOnlyCollection<string> Types { get; set; } = [];

    [ReminderLeadTimes]
    [StringLength(100)]
    public string ReminderLeadTimes { get; set; } = "";

    public bool TakesManualTimers { get; set; }
    public bool PostsUpcomingTimers { get; set; }

    public IReadOnlyCollection<long> OwnerIds { get; set; } = [];

    public static WebhookForm Of(Webhook webhook) => new()
    {
        Name = webhook.Name,
        Url = webhook.Url,
        IsActive = webhook.IsActive,
        IsDefault = webhook.IsDefault,
        HasDefaultPingsEnabled = webhook.HasDefaultPingsEnabled,
        ForwardsUnknownTypes = webhook.ForwardsUnknownTypes,
        Language = webhook.Language,
        PingRoleIds = webhook.PingRoleIds,
        Notes = webhook.Notes,
        Types = webhook.Types.ToList(),
        ReminderLeadTimes = webhook.ReminderLeadTimes.Replace(",", ", ", StringComparison.Ordinal),
        TakesManualTimers = webhook.TakesManualTimers,
        PostsUpcomingTimers = webhook.PostsUpcomingTimers,
        OwnerIds = webhook.Owners.Select(o => o.CorporationId).ToList(),
    };
}
