namespace Structures.Core.Eve;

// How many of the types and systems asked for the universe found already known.
public sealed record UniverseKnown(int Types, int Systems);
