using System.ComponentModel.DataAnnotations;

namespace Structures.Core.Webhooks;

public sealed class WebhookOptions
{
    public const string SectionName = "Webhooks";

    // Attempts of a message that keeps failing for a passing reason (5xx, timeouts) before it is dead-lettered.
    [Range(1, 100)]
    public int MaxAttempts { get; set; } = 10;

    [Range(typeof(TimeSpan), "00:00:00", "01:00:00")]
    public TimeSpan RetryBaseDelay { get; set; } = TimeSpan.FromSeconds(5);

    // How long Discord may take to answer one post before it counts as a passing failure.
    [Range(typeof(TimeSpan), "00:00:01", "00:10:00")]
    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(15);

    // The safety net: queues are looked at this often even without a signal.
    [Range(typeof(TimeSpan), "00:00:01", "1.00:00:00")]
    public TimeSpan SweepInterval { get; set; } = TimeSpan.FromSeconds(30);

    // How long a failing database is waited out to record that Discord took a post, before the post is left to be
    // sent again (at least once) when the database is back.
    [Range(typeof(TimeSpan), "00:00:00", "1.00:00:00")]
    public TimeSpan AnswerCommitPatience { get; set; } = TimeSpan.FromMinutes(10);

    // How long one instance holds a webhook's queue without renewing (several instances on one database): a crashed
    // instance's webhooks are drained by another this long after its last round. Longer than Timeout, so that a post
    // in flight never outlives its lease.
    [Range(typeof(TimeSpan), "00:00:01", "01:00:00")]
    public TimeSpan LeaseDuration { get; set; } = TimeSpan.FromSeconds(30);

    // Hosts a webhook URL may point at. Demo mode adds the loopback hosts of the simulated Discord.
    [Required, MinLength(1)]
    public List<string> AllowedHosts { get; set; } = ["discord.com", "discordapp.com", "ptb.discord.com", "canary.discord.com"];
}
