using System.ComponentModel.DataAnnotations;
using Structures.Core.Localization;

namespace Structures.Core.Webhooks;

// The webhook settings form. The URL is checked against Discord's shape by WebhookAdministration, which knows the hosts.
public sealed class WebhookForm
{
    // "" is the default language setting; the rest are the app's languages, named in their own words.
    public static readonly IReadOnlyList<(string Code, string Name)> Languages =
        [("", "Default"), .. SupportedLanguages.All.Select(l => (l.Code, l.NativeName))];

    [Required(ErrorMessageResourceType = typeof(WebhookAdminWords), ErrorMessageResourceName = nameof(WebhookAdminWords.NameRequired))]
    [StringLength(64, ErrorMessageResourceType = typeof(WebhookAdminWords), ErrorMessageResourceName = nameof(WebhookAdminWords.NameTooLong))]
    public string Name { get; set; } = "";

    [Required(ErrorMessageResourceType = typeof(WebhookAdminWords), ErrorMessageResourceName = nameof(WebhookAdminWords.UrlRequired))]
    [StringLength(500)]
    public string Url { get; set; } = "";

    public bool IsActive { get; set; } = true;
    public bool IsDefault { get; set; }
    // Pings are chosen, never assumed: a new webhook pings no one until the admin says so.
    public bool HasDefaultPingsEnabled { get; set; }
    public bool ForwardsUnknownTypes { get; set; }
    public bool ReceivesAdminNotices { get; set; }

    [RegularExpression("^(|en|de|ru|zh-[Hh]ans|es|ko|fr)$", ErrorMessageResourceType = typeof(WebhookAdminWords), ErrorMessageResourceName = nameof(WebhookAdminWords.LanguageChoice))]
    public string Language { get; set; } = "";

    [RegularExpression(@"^\s*(\d{17,20}\s*(,\s*\d{17,20}\s*)*)?$", ErrorMessageResourceType = typeof(WebhookAdminWords), ErrorMessageResourceName = nameof(WebhookAdminWords.RoleIds))]
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
        ReceivesAdminNotices = webhook.ReceivesAdminNotices,
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
