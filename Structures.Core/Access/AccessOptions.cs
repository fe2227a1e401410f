namespace Structures.Core.Access;

public sealed class AccessOptions
{
    public const string SectionName = "Structures:Access";

    // Characters who are admins from the start (EVE character IDs); more are granted in the app.
    public List<long> AdminCharacterIds { get; set; } = [];
}
