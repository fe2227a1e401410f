namespace Structures.Dashboard.Timers;

// The words of the timers page: TimerWords.resx in English, TimerWords.<language>.resx beside it.
public sealed class TimerWords;
