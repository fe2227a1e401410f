namespace Structures.Core.Timers.Announcements;

// The reminders to send now. A lead time is due from its moment (EndsAt - lead) until the timer ends. Where several
// of a webhook's lead times are due at once (the app was down, or the timer appeared late), only the shortest is
// sent: a 60-minute reminder is not posted ten minutes before the end. A timer that ended is never reminded, so a
// reminder missed because the app was down past the end is skipped, not sent late.
public static class DueReminders
{
    public static List<DueReminder> Find(
        IEnumerable<AnnouncedTimer> timers, IEnumerable<AnnouncingWebhook> webhooks, IReadOnlySet<(int TimerId, int WebhookId, int LeadMinutes)> sent, DateTime now)
    {
        var due = new List<DueReminder>();
        var reminding = webhooks.Where(w => w.Leads.Count > 0).ToList();
        foreach (var timer in timers.Where(t => t.EndsAt > now))
        {
            foreach (var webhook in reminding.Where(w => TimerAudience.Takes(w, timer)))
            {
                var reached = webhook.Leads.Where(lead => timer.EndsAt - lead <= now).ToList();
                if (reached.Count > 0 && reached.Min() is var lead && !sent.Contains((timer.Id, webhook.Id, (int)lead.TotalMinutes)))
                {
                    due.Add(new DueReminder(timer, webhook, lead));
                }
            }
        }

        return due;
    }
}

public sealed record DueReminder(AnnouncedTimer Timer, AnnouncingWebhook Webhook, TimeSpan Lead);
