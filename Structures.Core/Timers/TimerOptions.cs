namespace Structures.Core.Timers;

// Timers are made from notifications (aa-structures §3.4); moon extraction timers can be left out alone.
public sealed class TimerOptions
{
    public const string SectionName = "Structures:Timers";

    public bool Enabled { get; set; } = true;
    public bool MoonExtractionsEnabled { get; set; } = true;

    // Timers visible only to members of the owner's corporation.
    public bool CorpRestricted { get; set; }
}
