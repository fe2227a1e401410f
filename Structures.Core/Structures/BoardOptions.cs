using System.ComponentModel.DataAnnotations;

namespace Structures.Core.Structures;

// How the structure board opens and shows what it lists.
public sealed class BoardOptions
{
    public const string SectionName = "Structures:Board";

    // Rows per page on the board and lists; paging can be turned off.
    [Range(1, 1000)]
    public int DefaultPageLength { get; set; } = 10;
    public bool PagingEnabled { get; set; } = true;

    // The board opens filtered to the tags marked as default.
    public bool DefaultTagsFilterEnabled { get; set; }

    // Fuel shown as time left ("3d 4h") rather than as the expiry date.
    public bool ShowFuelExpiresRelative { get; set; } = true;
    public bool ShowJumpGates { get; set; } = true;
}
