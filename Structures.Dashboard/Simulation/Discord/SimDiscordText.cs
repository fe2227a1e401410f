namespace Structures.Dashboard.Simulation.Discord;

// The words of the demo's simulated Discord page: SimDiscordText.resx in English, SimDiscordText.<language>.resx beside it.
internal sealed class SimDiscordText;
