namespace Structures.Dashboard.Simulation;

// When the simulated Tranquility server came up, for ESI's /status.
internal sealed record SimStartTime(DateTime Value);
