using Structures.Core.Structures;
using Structures.Core.Structures.Board;

namespace Structures.Core.Access;

// aa-structures' "view all unanchoring status": that a structure is unanchoring, and until when, is shown for the
// viewer's own corporations' structures, and for every structure they see only with the permission. Core removes it
// from what it reads, so the board, the structure page, the CSV, timers, feeds and history all agree.
public static class UnanchoringVisibility
{
    public static bool SeesUnanchoringOf(this Viewer viewer, long ownerId) =>
        viewer.Can(Permission.ViewAllUnanchoringStatus) || viewer.CorporationIds.Contains(ownerId);

    // For rows read without tracking: the unanchoring time the viewer may not see is forgotten.
    public static Structure WithUnanchoringShownTo(this Structure structure, Viewer viewer)
    {
        if (!viewer.SeesUnanchoringOf(structure.OwnerId))
        {
            structure.UnanchorsAt = null;
        }

        return structure;
    }

    public static StructureOverlay? ShownTo(this StructureOverlay? overlay, Viewer viewer, long ownerId) =>
        overlay is { State: OverlayState.Unanchoring } && !viewer.SeesUnanchoringOf(ownerId) ? null : overlay;
}
