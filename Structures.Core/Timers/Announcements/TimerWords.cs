namespace Structures.Core.Timers.Announcements;

// The words of timer reminders and of the upcoming-timers message: TimerWords.resx in English and
// TimerWords.<language>.resx per translation, written in the webhook's language as notifications are.
public sealed class TimerWords;
